import { DatePicker, Field, Grid, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import type * as React from 'react';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';
import { formatDay, parseDay } from './audit-format';

export interface FilterOption {
  value: string;
  label: string;
}

interface FilterSelectProps {
  name: string;
  label: string;
  value: string | undefined;
  options: readonly FilterOption[];
  /** Shown while nothing is chosen ("Any"). */
  placeholder: string;
  clearLabel: string;
  /** undefined when cleared: the filter no longer applies. */
  onChange: (next: string | undefined) => void;
}

/** One labelled choice of a filter bar (audit trail, approvals, analytics). */
export const FilterSelect = ({
  name,
  label,
  value,
  options,
  placeholder,
  clearLabel,
  onChange,
}: FilterSelectProps) => (
  <Field.Root name={name}>
    <Field.Label>{label}</Field.Label>
    <SingleSelect
      value={value ?? ''}
      placeholder={placeholder}
      onChange={(next: string | number) => onChange(next === '' ? undefined : String(next))}
      onClear={() => onChange(undefined)}
      clearLabel={clearLabel}
    >
      {options.map((option) => (
        <SingleSelectOption key={option.value} value={option.value}>
          {option.label}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  </Field.Root>
);

interface FilterDateProps {
  name: string;
  label: string;
  /** YYYY-MM-DD, as the URL keeps it. */
  value: string | undefined;
  clearLabel: string;
  /** Shown under the field (an inverted range). */
  error?: string;
  onChange: (next: string | undefined) => void;
}

/** One labelled day of a filter bar, kept as YYYY-MM-DD. */
export const FilterDate = ({
  name,
  label,
  value,
  clearLabel,
  error,
  onChange,
}: FilterDateProps) => {
  const { locale } = useIntl();
  return (
    <Field.Root name={name} error={error}>
      <Field.Label>{label}</Field.Label>
      <DatePicker
        locale={locale}
        value={parseDay(value)}
        onChange={(date) => onChange(date ? formatDay(date) : undefined)}
        onClear={() => onChange(undefined)}
        clearLabel={clearLabel}
      />
      <Field.Error />
    </Field.Root>
  );
};

interface FilterPeriodProps {
  /** The grid columns each of the two days takes. */
  col: number;
  value: { from?: string; to?: string };
  /** Where the bar's messages live: `<scope>.from`, `<scope>.to`, `<scope>.range.invalid`. */
  scope: 'audit.filters' | 'analytics.filters';
  clearLabel: string;
  /** "to" is before "from": said under "to". */
  isInvalid: boolean;
  onChange: (key: 'from' | 'to', next: string | undefined) => void;
}

const PERIOD_DEFAULTS = { from: 'From', to: 'To' } as const;

/** The "from" and "to" days of a filter bar, each in its own cell. */
export const FilterPeriod = ({
  col,
  value,
  scope,
  clearLabel,
  isInvalid,
  onChange,
}: FilterPeriodProps) => {
  const { formatMessage } = useIntl();
  const rangeError = isInvalid
    ? formatMessage({
        id: getTranslation(`${scope}.range.invalid`),
        defaultMessage: '"To" must not be before "From".',
      })
    : undefined;
  return (
    <>
      {(['from', 'to'] as const).map((key) => (
        <FilterCell key={key} col={col}>
          <FilterDate
            name={key}
            label={formatMessage({
              id: getTranslation(`${scope}.${key}`),
              defaultMessage: PERIOD_DEFAULTS[key],
            })}
            value={value[key]}
            clearLabel={clearLabel}
            error={key === 'to' ? rangeError : undefined}
            onChange={(next) => onChange(key, next)}
          />
        </FilterCell>
      ))}
    </>
  );
};

/** A cell of a filter bar's grid: `col` of 12 on wide screens, half on small ones, all on phones. */
export const FilterCell = ({ col, children }: { col: number; children: React.ReactNode }) => (
  <Grid.Item col={col} s={6} xs={12} direction="column" alignItems="stretch">
    {children}
  </Grid.Item>
);
