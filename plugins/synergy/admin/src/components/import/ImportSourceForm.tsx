import * as React from 'react';
import {
  Box,
  Button,
  Field,
  Flex,
  Grid,
  SingleSelect,
  SingleSelectOption,
  Typography,
} from '@strapi/design-system';
import { Search } from '@strapi/icons';
import { useIntl } from 'react-intl';
import type { GetImportTypes, ImportableType } from '../../services/import';
import { getTranslation } from '../../utils/getTranslation';
import { contentTypeLabel } from '../audit-format';

const ACCEPTED =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const isSpreadsheet = (file: File) => /\.(csv|xlsx)$/i.test(file.name);

interface ImportSourceFormProps {
  types: GetImportTypes.ImportType[];
  type: ImportableType | undefined;
  file: File | undefined;
  isChecking: boolean;
  onTypeChange: (type: ImportableType) => void;
  onFileChange: (file: File) => void;
  onCheck: () => void;
}

/** Step 1: the content type and the file (chosen or dropped), then a dry-run. */
export const ImportSourceForm = ({
  types,
  type,
  file,
  isChecking,
  onTypeChange,
  onFileChange,
  onCheck,
}: ImportSourceFormProps) => {
  const intl = useIntl();
  const { formatMessage } = intl;
  const [isDragging, setIsDragging] = React.useState(false);
  const [rejected, setRejected] = React.useState<string>();

  const take = (candidate: File | undefined) => {
    if (!candidate) return;
    if (!isSpreadsheet(candidate)) {
      setRejected(candidate.name);
      return;
    }
    setRejected(undefined);
    onFileChange(candidate);
  };

  const drop = (event: React.DragEvent) => {
    event.preventDefault();
    setIsDragging(false);
    take(event.dataTransfer.files[0]);
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (type && file) onCheck();
  };

  return (
    <Box
      tag="form"
      onSubmit={submit}
      background="neutral0"
      hasRadius
      shadow="tableShadow"
      padding={6}
      aria-label={formatMessage({
        id: getTranslation('import.source.title'),
        defaultMessage: 'File to import',
      })}
    >
      <Grid.Root gap={4}>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Field.Root name="type" required>
            <Field.Label>
              {formatMessage({
                id: getTranslation('import.source.type'),
                defaultMessage: 'Content type',
              })}
            </Field.Label>
            <SingleSelect
              value={type ?? ''}
              placeholder={formatMessage({
                id: getTranslation('import.source.typePlaceholder'),
                defaultMessage: 'Choose a content type',
              })}
              onChange={(next) => onTypeChange(String(next) as ImportableType)}
            >
              {types.map((candidate) => (
                <SingleSelectOption key={candidate.type} value={candidate.type}>
                  {contentTypeLabel(intl, candidate.uid)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
          <Field.Root
            name="file"
            id="synergy-import-file"
            required
            error={
              rejected
                ? formatMessage(
                    {
                      id: getTranslation('import.source.fileRejected'),
                      defaultMessage: '{name} is neither a CSV nor an XLSX file.',
                    },
                    { name: rejected },
                  )
                : undefined
            }
            hint={formatMessage({
              id: getTranslation('import.source.fileHint'),
              defaultMessage:
                'CSV (UTF-8 or GBK) or XLSX, with a header row; column headers in English or Chinese.',
            })}
          >
            <Field.Label>
              {formatMessage({ id: getTranslation('import.source.file'), defaultMessage: 'File' })}
            </Field.Label>
            <Box
              padding={4}
              hasRadius
              borderStyle="dashed"
              borderWidth="1px"
              borderColor={isDragging ? 'primary600' : 'neutral300'}
              background={isDragging ? 'primary100' : 'neutral100'}
              onDragOver={(event: React.DragEvent) => {
                event.preventDefault();
                setIsDragging(true);
              }}
              onDragLeave={() => setIsDragging(false)}
              onDrop={drop}
            >
              <Flex direction="column" alignItems="flex-start" gap={2}>
                <input
                  id="synergy-import-file"
                  name="file"
                  type="file"
                  accept={ACCEPTED}
                  onChange={(event) => take(event.target.files?.[0])}
                />
                <Typography variant="pi" textColor="neutral600">
                  {file
                    ? formatMessage(
                        {
                          id: getTranslation('import.source.fileChosen'),
                          defaultMessage: 'Chosen: {name} ({size, number} bytes)',
                        },
                        { name: file.name, size: file.size },
                      )
                    : formatMessage({
                        id: getTranslation('import.source.drop'),
                        defaultMessage: 'or drop the file here',
                      })}
                </Typography>
              </Flex>
            </Box>
            <Field.Hint />
            <Field.Error />
          </Field.Root>
        </Grid.Item>
      </Grid.Root>
      <Flex justifyContent="flex-end" paddingTop={4}>
        <Button type="submit" startIcon={<Search />} disabled={!type || !file} loading={isChecking}>
          {formatMessage({
            id: getTranslation('import.source.check'),
            defaultMessage: 'Check the file',
          })}
        </Button>
      </Flex>
    </Box>
  );
};
