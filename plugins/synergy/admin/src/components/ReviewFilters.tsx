import { Box, Button, Grid } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { Person, Workflow } from '../../../shared/contracts/reviews';
import { getTranslation } from '../utils/getTranslation';
import { contentTypeLabel } from './audit-format';
import { FilterCell, FilterSelect } from './FilterFields';
import { REVIEW_STATES, reviewStateMessage } from './ReviewStateBadge';

/** The filters as kept in the URL: strings only. */
export interface ReviewFilterValues {
  state?: string;
  stage?: string;
  contentType?: string;
  submitter?: string;
}

export const REVIEW_FILTER_KEYS = ['state', 'stage', 'contentType', 'submitter'] as const;

/** The types the seeded workflows govern, offered while no workflow is known. */
const DEFAULT_GOVERNED_TYPES = [
  'api::strategy.strategy',
  'api::brand-material.brand-material',
  'api::competitor.competitor',
];

interface ReviewFiltersProps {
  value: ReviewFilterValues;
  /** The workflows known so far: all of them for workflow managers, else those of the reviews seen. */
  workflows: Workflow[] | undefined;
  /** The submitters to offer (those seen so far, and the current user). */
  submitters: Person[];
  onChange: (values: ReviewFilterValues) => void;
}

/** The filter bar of the approvals page; every change goes to the URL at once. */
export const ReviewFilters = ({ value, workflows, submitters, onChange }: ReviewFiltersProps) => {
  const intl = useIntl();
  const { formatMessage } = intl;
  const anyLabel = formatMessage({
    id: getTranslation('approvals.filters.any'),
    defaultMessage: 'Any',
  });
  const clearLabel = formatMessage({
    id: getTranslation('approvals.filters.clear'),
    defaultMessage: 'Clear',
  });

  const governed = [...new Set((workflows ?? []).flatMap((workflow) => workflow.contentTypes))];
  const contentTypes = governed.length > 0 ? governed : DEFAULT_GOVERNED_TYPES;
  // One entry per stage key; the same key may appear in several workflows (leadership approval).
  const stages = [
    ...new Map(
      (workflows ?? []).flatMap((workflow) =>
        workflow.stages.map((stage) => [stage.key, stage.name]),
      ),
    ).entries(),
  ];

  const set = (key: keyof ReviewFilterValues, next: string | undefined) =>
    onChange({ ...value, [key]: next || undefined });

  const select = (
    key: keyof ReviewFilterValues,
    label: string,
    options: Array<[string, string]>,
  ) => (
    <FilterCell col={3}>
      <FilterSelect
        name={key}
        label={label}
        value={value[key]}
        options={options.map(([optionValue, optionLabel]) => ({
          value: optionValue,
          label: optionLabel,
        }))}
        placeholder={anyLabel}
        clearLabel={clearLabel}
        onChange={(next) => set(key, next)}
      />
    </FilterCell>
  );

  return (
    <Box
      background="neutral0"
      hasRadius
      shadow="tableShadow"
      padding={6}
      role="group"
      aria-label={formatMessage({
        id: getTranslation('approvals.filters.title'),
        defaultMessage: 'Filters',
      })}
    >
      <Grid.Root gap={4}>
        {select(
          'state',
          formatMessage({ id: getTranslation('approvals.filters.state'), defaultMessage: 'State' }),
          REVIEW_STATES.map((state) => [state, formatMessage(reviewStateMessage(state))]),
        )}
        {stages.length > 0
          ? select(
              'stage',
              formatMessage({
                id: getTranslation('approvals.filters.stage'),
                defaultMessage: 'Stage',
              }),
              stages,
            )
          : null}
        {select(
          'contentType',
          formatMessage({
            id: getTranslation('approvals.filters.contentType'),
            defaultMessage: 'Content type',
          }),
          contentTypes.map((uid) => [uid, contentTypeLabel(intl, uid)]),
        )}
        {select(
          'submitter',
          formatMessage({
            id: getTranslation('approvals.filters.submitter'),
            defaultMessage: 'Submitted by',
          }),
          submitters.map((person) => [String(person.id), person.name]),
        )}
        <Grid.Item col={12} justifyContent="flex-end">
          <Button type="button" variant="tertiary" onClick={() => onChange({})}>
            {formatMessage({
              id: getTranslation('approvals.filters.reset'),
              defaultMessage: 'Reset filters',
            })}
          </Button>
        </Grid.Item>
      </Grid.Root>
    </Box>
  );
};
