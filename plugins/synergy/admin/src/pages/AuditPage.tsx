import * as React from 'react';
import { Box, Button, EmptyStateLayout, Flex, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { Page, Pagination, useNotification, useQueryParams, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { ArchiveDialog } from '../components/ArchiveDialog';
import { AuditFilters, FILTER_KEYS, type AuditFilterValues } from '../components/AuditFilters';
import { AuditTable } from '../components/AuditTable';
import { endOfDay, parseDay, startOfDay } from '../components/audit-format';
import { useAuditFiles } from '../hooks/useAuditFiles';
import { useErrorMessage } from '../hooks/useErrorMessage';
import { PERMISSIONS } from '../permissions';
import { useAuditEntries, type AuditFilterParams } from '../services/audit';
import { getTranslation } from '../utils/getTranslation';
import { LoadError, LoadingState } from '../components/LoadStates';
import { PageFrame } from '../components/PageFrame';
import { VerifyChainButton } from '../components/VerifyChainButton';

const DEFAULT_PAGE_SIZE = 25;

type AuditQuery = AuditFilterValues & { page?: string; pageSize?: string };

const positiveInteger = (value: unknown, fallback: number, max = Number.MAX_SAFE_INTEGER) => {
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 ? Math.min(number, max) : fallback;
};

/** The URL's filters, keeping only what the filter bar can set. */
const filtersOf = (query: AuditQuery): AuditFilterValues =>
  Object.fromEntries(
    FILTER_KEYS.flatMap((key) =>
      typeof query[key] === 'string' && query[key] ? [[key, query[key]]] : [],
    ),
  );

/** The URL's filters as the server takes them: days become the instants that bound them. */
const toServerFilters = (filters: AuditFilterValues): AuditFilterParams => {
  const from = parseDay(filters.from);
  const to = parseDay(filters.to);
  return {
    actorType: filters.actorType,
    actorId: filters.actorId,
    action: filters.action,
    contentType: filters.contentType,
    recordId: filters.recordId,
    from: from ? startOfDay(from) : undefined,
    to: to ? endOfDay(to) : undefined,
  };
};

const AuditPage = () => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const errorMessage = useErrorMessage();
  const [{ query }, setQuery] = useQueryParams<AuditQuery>();
  const [isExporting, setIsExporting] = React.useState(false);
  const { exportCsv } = useAuditFiles();
  const {
    allowedActions: { canArchive, canVerify },
  } = useRBAC({ archive: PERMISSIONS.auditArchive, verify: PERMISSIONS.auditVerify });

  const filters = filtersOf(query);
  const serverFilters = toServerFilters(filters);
  const page = positiveInteger(query.page, 1);
  const pageSize = positiveInteger(query.pageSize, DEFAULT_PAGE_SIZE, 200);
  const { data, error, isLoading, reload } = useAuditEntries({ ...serverFilters, page, pageSize });

  React.useEffect(() => {
    if (error) toggleNotification({ type: 'danger', message: errorMessage(error) });
  }, [error, errorMessage, toggleNotification]);

  const applyFilters = (next: AuditFilterValues) => {
    // Replace every filter key: the ones left empty are removed from the URL.
    const cleared = Object.fromEntries(FILTER_KEYS.map((key) => [key, undefined]));
    setQuery({ ...cleared, ...next, page: '1', pageSize: String(pageSize) } as AuditQuery);
  };

  const download = async () => {
    setIsExporting(true);
    try {
      await exportCsv(serverFilters);
    } catch (exportError) {
      toggleNotification({ type: 'danger', message: errorMessage(exportError) });
    } finally {
      setIsExporting(false);
    }
  };

  const entries = data?.data ?? [];
  const pagination = data?.meta.pagination;
  const hasFilters = Object.keys(filters).length > 0;

  const content = (() => {
    if (isLoading && !data) {
      return (
        <LoadingState
          message={formatMessage({
            id: getTranslation('audit.loading'),
            defaultMessage: 'Loading the audit trail…',
          })}
        />
      );
    }
    if (error) {
      return (
        <LoadError
          message={formatMessage({
            id: getTranslation('audit.error'),
            defaultMessage: 'The audit trail could not be loaded.',
          })}
          onRetry={reload}
        />
      );
    }
    if (entries.length === 0) {
      return (
        <EmptyStateLayout
          content={
            hasFilters
              ? formatMessage({
                  id: getTranslation('audit.emptyFiltered'),
                  defaultMessage: 'No entry matches these filters.',
                })
              : formatMessage({
                  id: getTranslation('audit.empty'),
                  defaultMessage: 'The audit trail is empty.',
                })
          }
        />
      );
    }
    return (
      <Box aria-busy={isLoading}>
        <AuditTable entries={entries} />
        <Pagination.Root
          pageCount={pagination?.pageCount ?? 1}
          total={pagination?.total ?? 0}
          defaultPageSize={DEFAULT_PAGE_SIZE}
        >
          <Pagination.PageSize options={['10', '25', '50', '100']} />
          <Pagination.Links />
        </Pagination.Root>
      </Box>
    );
  })();

  return (
    <PageFrame
      title={formatMessage({ id: getTranslation('audit.title'), defaultMessage: 'Audit trail' })}
      subtitle={formatMessage({
        id: getTranslation('audit.subtitle'),
        defaultMessage:
          'Every change, and every read of confidential records, by whom, from where and when',
      })}
      primaryAction={
        <Flex gap={2}>
          {canVerify ? <VerifyChainButton /> : null}
          {canArchive ? <ArchiveDialog /> : null}
          <Button startIcon={<Download />} loading={isExporting} onClick={download}>
            {formatMessage({ id: getTranslation('audit.export'), defaultMessage: 'Export CSV' })}
          </Button>
        </Flex>
      }
      isBusy={isLoading}
    >
      <AuditFilters value={filters} onApply={applyFilters} />
      {pagination ? (
        <Typography variant="pi" textColor="neutral600" role="status">
          {hasFilters
            ? formatMessage(
                {
                  id: getTranslation('audit.filtered'),
                  defaultMessage:
                    '{total, plural, one {# entry matches} other {# entries match}} the filters.',
                },
                { total: pagination.total },
              )
            : formatMessage(
                {
                  id: getTranslation('audit.total'),
                  defaultMessage: '{total, plural, one {# entry} other {# entries}} in all.',
                },
                { total: pagination.total },
              )}
        </Typography>
      ) : null}
      {content}
    </PageFrame>
  );
};

/** The audit trail, shown only to holders of `plugin::synergy.audit.read`. */
export const ProtectedAuditPage = () => (
  <Page.Protect permissions={PERMISSIONS.auditRead}>
    <AuditPage />
  </Page.Protect>
);

export default ProtectedAuditPage;
