import * as React from 'react';
import { Button, Flex, Typography } from '@strapi/design-system';
import { Upload } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { ColumnMappingTable } from '../components/import/ColumnMappingTable';
import { ImportDuplicates } from '../components/import/ImportDuplicates';
import { ImportErrors } from '../components/import/ImportErrors';
import { ImportInterpreted } from '../components/import/ImportInterpreted';
import { ImportCounts, ImportPreview } from '../components/import/ImportPreview';
import { ImportProgressBar } from '../components/import/ImportProgressBar';
import { ImportResult } from '../components/import/ImportResult';
import { ImportSourceForm } from '../components/import/ImportSourceForm';
import {
  presetMapping,
  unconfirmedColumns,
  type ColumnMapping,
} from '../components/import/import-format';
import { LoadError, LoadingState } from '../components/LoadStates';
import { useErrorMessage } from '../hooks/useErrorMessage';
import { PERMISSIONS } from '../permissions';
import {
  useImportRun,
  useImportTypes,
  type DuplicateAction,
  type ImportMode,
  type ImportProgress,
  type ImportRequest,
  type ImportableType,
  type PostImport,
} from '../services/import';
import { TitledSection } from '../components/TitledSection';
import { getTranslation } from '../utils/getTranslation';

/** One step of the page: a titled panel. */
const Step = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <TitledSection title={title} size="large">
    {children}
  </TitledSection>
);

/** "customers.csv" → "customers-errors.csv" */
const reportFileName = (file: File | undefined) =>
  `${(file?.name ?? 'import').replace(/\.[^.]+$/, '')}-errors.csv`;

const ImportPage = () => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const errorMessage = useErrorMessage();
  const { data: types, error, isLoading, reload } = useImportTypes();
  const runImport = useImportRun();

  const [type, setType] = React.useState<ImportableType>();
  const [file, setFile] = React.useState<File>();
  const [mapping, setMapping] = React.useState<ColumnMapping>({});
  /** Columns whose weak automatic match (a similar header) the user confirmed. */
  const [confirmed, setConfirmed] = React.useState<string[]>([]);
  const [onDuplicate, setOnDuplicate] = React.useState<DuplicateAction>('skip');
  const [report, setReport] = React.useState<PostImport.Report>();
  const [result, setResult] = React.useState<PostImport.Report>();
  const [running, setRunning] = React.useState<ImportMode>();
  const [progress, setProgress] = React.useState<ImportProgress>();
  const request = React.useRef<AbortController>();

  // Leaving the page cancels a running import (the server rolls it back).
  React.useEffect(() => () => request.current?.abort(), []);

  const importType = types?.find((candidate) => candidate.type === type);

  /** One request; resolves null when it was cancelled (or replaced by a newer one). */
  const run = async (
    params: Omit<ImportRequest, 'type' | 'file'>,
  ): Promise<PostImport.Report | null> => {
    if (!type || !file) return null;
    request.current?.abort();
    const controller = new AbortController();
    request.current = controller;
    setRunning(params.mode);
    setProgress(undefined);
    try {
      return await runImport(
        { ...params, type, file },
        { signal: controller.signal, onProgress: setProgress },
      );
    } catch (failure) {
      if (controller.signal.aborted) return null;
      throw failure;
    } finally {
      if (request.current === controller) {
        request.current = undefined;
        setRunning(undefined);
      }
    }
  };

  const notifyFailure = (failure: unknown) =>
    toggleNotification({ type: 'danger', message: errorMessage(failure) });

  /** The dry-run: with the user's mapping, or the server's automatic one overridden by the saved one. */
  const check = async (chosen?: ColumnMapping) => {
    const dryRun = { mode: 'dry-run' as const, onDuplicate, skipInvalid: false };
    try {
      let next = await run({ ...dryRun, mapping: chosen });
      const preset =
        next && !chosen ? presetMapping(next, importType?.savedMapping ?? null) : undefined;
      if (preset) next = await run({ ...dryRun, mapping: preset });
      if (!next) return;
      setReport(next);
      setMapping(next.mapping);
      setResult(undefined);
    } catch (failure) {
      notifyFailure(failure);
    }
  };

  const commit = async () => {
    if (!report) return;
    try {
      const done = await run({
        mode: 'commit',
        mapping,
        onDuplicate,
        skipInvalid: report.rows.invalid > 0,
      });
      if (done) {
        setResult(done);
      } else {
        toggleNotification({
          type: 'info',
          message: formatMessage({
            id: getTranslation('import.cancelled'),
            defaultMessage: 'Import cancelled: nothing was written.',
          }),
        });
      }
    } catch (failure) {
      notifyFailure(failure);
    }
  };

  const startOver = (next: { type?: ImportableType; file?: File }) => {
    request.current?.abort();
    setReport(undefined);
    setResult(undefined);
    setMapping({});
    setConfirmed([]);
    if ('type' in next) setType(next.type);
    if ('file' in next) setFile(next.file);
  };

  const changeMapping = (next: ColumnMapping) => {
    setMapping(next);
    void check(next);
  };

  const title = formatMessage({ id: getTranslation('import.title'), defaultMessage: 'Import' });
  const content = (() => {
    if (isLoading) {
      return (
        <LoadingState
          message={formatMessage({
            id: getTranslation('import.loading'),
            defaultMessage: 'Loading the importable types…',
          })}
        />
      );
    }
    if (error || !types) {
      return (
        <LoadError
          message={formatMessage({
            id: getTranslation('import.error'),
            defaultMessage: 'The importable types could not be loaded.',
          })}
          onRetry={reload}
        />
      );
    }
    if (result && importType) {
      return (
        <ImportResult
          report={result}
          uid={importType.uid}
          onRestart={() => startOver({ file: undefined })}
        />
      );
    }
    const fields = importType?.fields ?? [];
    const invalid = report?.rows.invalid ?? 0;
    const unconfirmed = report ? unconfirmedColumns(report, mapping, confirmed) : [];
    return (
      <Flex direction="column" alignItems="stretch" gap={6}>
        <ImportSourceForm
          types={types}
          type={type}
          file={file}
          isChecking={running === 'dry-run' && !report}
          onTypeChange={(next) => startOver({ type: next })}
          onFileChange={(next) => startOver({ file: next })}
          onCheck={() => void check()}
        />
        {running === 'dry-run' ? <ImportProgressBar progress={progress} /> : null}
        {report && importType ? (
          <>
            <Step
              title={formatMessage({
                id: getTranslation('import.step.mapping'),
                defaultMessage: 'Columns and preview',
              })}
            >
              <ImportCounts report={report} />
              <ColumnMappingTable
                columns={report.columns}
                mapping={mapping}
                fields={fields}
                proposals={report.proposals}
                confirmed={confirmed}
                disabled={Boolean(running)}
                onChange={changeMapping}
                onConfirm={(column, next) =>
                  setConfirmed((current) =>
                    next ? [...current, column] : current.filter((other) => other !== column),
                  )
                }
              />
              <ImportPreview report={report} fields={fields} />
            </Step>
            {report.interpreted.length > 0 ? (
              <Step
                title={formatMessage({
                  id: getTranslation('import.interpreted.title'),
                  defaultMessage: 'Values read from abbreviations',
                })}
              >
                <ImportInterpreted report={report} fields={fields} />
              </Step>
            ) : null}
            {report.errors.length > 0 ? (
              <Step
                title={formatMessage({
                  id: getTranslation('import.step.errors'),
                  defaultMessage: 'Rows with errors',
                })}
              >
                <ImportErrors
                  errors={report.errors}
                  fields={fields}
                  fileName={reportFileName(file)}
                />
              </Step>
            ) : null}
            {report.duplicates.length > 0 ? (
              <Step
                title={formatMessage({
                  id: getTranslation('import.step.duplicates'),
                  defaultMessage: 'Rows matching existing records',
                })}
              >
                <ImportDuplicates
                  duplicates={report.duplicates}
                  uid={importType.uid}
                  onDuplicate={onDuplicate}
                  disabled={Boolean(running)}
                  onChange={setOnDuplicate}
                />
              </Step>
            ) : null}
            <Step
              title={formatMessage({
                id: getTranslation('import.step.commit'),
                defaultMessage: 'Import',
              })}
            >
              {running === 'commit' ? (
                <ImportProgressBar progress={progress} onCancel={() => request.current?.abort()} />
              ) : (
                <Flex gap={4} wrap="wrap">
                  <Button
                    startIcon={<Upload />}
                    disabled={report.rows.valid === 0 || unconfirmed.length > 0 || Boolean(running)}
                    onClick={() => void commit()}
                  >
                    {invalid > 0
                      ? formatMessage(
                          {
                            id: getTranslation('import.commitSkipping'),
                            defaultMessage:
                              'Import {valid, number} valid rows (skip {invalid, number} invalid)',
                          },
                          { valid: report.rows.valid, invalid },
                        )
                      : formatMessage(
                          {
                            id: getTranslation('import.commit'),
                            defaultMessage: 'Import {valid, number} rows',
                          },
                          { valid: report.rows.valid },
                        )}
                  </Button>
                  {unconfirmed.length > 0 ? (
                    <Typography variant="pi" textColor="warning600" role="alert">
                      {formatMessage(
                        {
                          id: getTranslation('import.confirmFirst'),
                          defaultMessage:
                            'Confirm or change the field of {count, plural, one {the column} other {the columns}} {columns} first: {count, plural, one {its header is} other {their headers are}} only similar to the field.',
                        },
                        { count: unconfirmed.length, columns: unconfirmed.join(', ') },
                      )}
                    </Typography>
                  ) : null}
                  <Typography variant="pi" textColor="neutral600">
                    {formatMessage({
                      id: getTranslation('import.commitHint'),
                      defaultMessage:
                        'All or nothing: if anything fails or you cancel, no record is written.',
                    })}
                  </Typography>
                </Flex>
              )}
            </Step>
          </>
        ) : null}
      </Flex>
    );
  })();

  return (
    <Page.Main aria-busy={isLoading || Boolean(running)}>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={formatMessage({
          id: getTranslation('import.subtitle'),
          defaultMessage:
            'Bring customers, contacts, feedback and more in from a CSV or XLSX file, checked before anything is written',
        })}
      />
      <Layouts.Content>{content}</Layouts.Content>
    </Page.Main>
  );
};

/** The import page, shown only to holders of `plugin::synergy.import.create`. */
export const ProtectedImportPage = () => (
  <Page.Protect permissions={PERMISSIONS.importCreate}>
    <ImportPage />
  </Page.Protect>
);

export default ProtectedImportPage;
