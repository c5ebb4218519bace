import * as React from 'react';
import { Badge, Button, Flex, Loader, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useRBAC } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import type { CustomerHealth, HealthBand } from '../../../shared/contracts/analytics';
import { PERMISSIONS } from '../permissions';
import { statusOf } from '../services/api';
import { useCustomerHealth } from '../services/analytics';
import { getTranslation } from '../utils/getTranslation';

const CUSTOMER_UID = 'api::customer.customer';

const BAND_VARIANTS = {
  healthy: 'success',
  watch: 'warning',
  at_risk: 'danger',
} as const satisfies Record<HealthBand, string>;

const BAND_DEFAULTS: Record<HealthBand, string> = {
  healthy: 'Healthy (≥ 70)',
  watch: 'Watch (40–69)',
  at_risk: 'At risk (< 40)',
};

type Component = 's' | 'r' | 'i' | 'v';

const COMPONENT_DEFAULTS: Record<Component, string> = {
  s: 'Satisfaction (S, 35%)',
  r: 'Recency (R, 25%)',
  i: 'Open issues (I, 20%)',
  v: 'Service (V, 20%)',
};

/** One component of the score: its name, its 0–100 value, and why it has that value. */
const ComponentRow = ({
  label,
  value,
  explanation,
}: {
  label: string;
  value: number;
  explanation: string;
}) => (
  <Flex direction="column" alignItems="stretch" gap={1} tag="li">
    <Flex justifyContent="space-between" gap={2}>
      <Typography variant="sigma" textColor="neutral600">
        {label}
      </Typography>
      <Typography variant="omega" fontWeight="bold" textColor="neutral800">
        {Math.round(value)}
      </Typography>
    </Flex>
    <Typography variant="pi" textColor="neutral600">
      {explanation}
    </Typography>
  </Flex>
);

/** The score, its band as a coloured badge, and the four components with a one-line explanation each. */
const CustomerHealthContent = ({ health }: { health: CustomerHealth }) => {
  const { formatMessage, formatNumber } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const { inputs } = health;

  const explanations: Record<Component, string> = {
    s:
      inputs.surveyMean === null
        ? t('health.panel.s.none', 'No survey answers in the last 365 days: counts as 50.')
        : t('health.panel.s', 'Mean survey score {mean} of 5 over the last 365 days.', {
            mean: formatNumber(inputs.surveyMean, { maximumFractionDigits: 1 }),
          }),
    r:
      inputs.daysSinceInteraction === null
        ? t('health.panel.r.none', 'No interaction recorded: counts as 0.')
        : t(
            'health.panel.r',
            'Last interaction {days} days ago (full marks up to 30 days, none after 180).',
            {
              days: Math.round(inputs.daysSinceInteraction),
            },
          ),
    i: t('health.panel.i', '{count} open high or critical feedback and P1/P2 tickets (−20 each).', {
      count: inputs.openIssues,
    }),
    v:
      inputs.resolveCompliance === null
        ? t('health.panel.v.none', 'No ticket resolved in the last 365 days: counts as 100.')
        : t(
            'health.panel.v',
            '{share} of tickets resolved within the SLA target in the last 365 days.',
            {
              share: formatNumber(inputs.resolveCompliance, {
                style: 'percent',
                maximumFractionDigits: 0,
              }),
            },
          ),
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%">
      <Flex justifyContent="space-between" alignItems="center" gap={2} wrap="wrap">
        <Typography
          variant="alpha"
          tag="p"
          textColor="neutral800"
          aria-label={t('health.panel.scoreLabel', 'Health score {score} of 100', {
            score: health.health,
          })}
        >
          {health.health}
          <Typography variant="pi" textColor="neutral600">
            {' / 100'}
          </Typography>
        </Typography>
        <Badge variant={BAND_VARIANTS[health.band]}>
          {t(`analytics.band.${health.band}`, BAND_DEFAULTS[health.band])}
        </Badge>
      </Flex>
      <Flex direction="column" alignItems="stretch" gap={3} tag="ul">
        {(['s', 'r', 'i', 'v'] as const).map((component) => (
          <ComponentRow
            key={component}
            label={t(`health.panel.${component}.label`, COMPONENT_DEFAULTS[component])}
            value={health[component]}
            explanation={explanations[component]}
          />
        ))}
      </Flex>
    </Flex>
  );
};

/**
 * Edit-view side panel of a customer: its health score (SPEC §4) from
 * GET /synergy/analytics/customers/:documentId/health. Hidden for other types, for new documents
 * and without `plugin::synergy.analytics.read`.
 */
export const CustomerHealthPanel: PanelComponent = ({ model, documentId }) => {
  const { formatMessage } = useIntl();
  const {
    isLoading: isLoadingPermissions,
    allowedActions: { canRead },
  } = useRBAC({ read: PERMISSIONS.analyticsRead });
  const isCustomer = model === CUSTOMER_UID && Boolean(documentId) && documentId !== 'create';
  const { data, error, isLoading, reload } = useCustomerHealth(
    isCustomer && !isLoadingPermissions && canRead ? documentId : undefined,
  );

  if (!isCustomer || isLoadingPermissions || !canRead) return null;
  // Out of the caller's clearance or gone: the health is not theirs to see.
  if (statusOf(error) === 403 || statusOf(error) === 404) return null;

  const title = formatMessage({
    id: getTranslation('health.panel.title'),
    defaultMessage: 'Customer health',
  });
  if (error) {
    return {
      title,
      content: (
        <Flex direction="column" alignItems="stretch" gap={2} width="100%">
          <Typography variant="pi" textColor="danger600">
            {formatMessage({
              id: getTranslation('health.panel.error'),
              defaultMessage: 'The health score could not be loaded.',
            })}
          </Typography>
          <Button variant="secondary" size="S" startIcon={<ArrowClockwise />} onClick={reload}>
            {formatMessage({ id: getTranslation('health.panel.retry'), defaultMessage: 'Retry' })}
          </Button>
        </Flex>
      ),
    };
  }
  if (!data || isLoading) {
    return {
      title,
      content: (
        <Flex justifyContent="center" width="100%" padding={2}>
          <Loader small>
            {formatMessage({
              id: getTranslation('health.panel.loading'),
              defaultMessage: 'Loading the health score…',
            })}
          </Loader>
        </Flex>
      ),
    };
  }
  return { title, content: <CustomerHealthContent health={data.data} /> };
};
