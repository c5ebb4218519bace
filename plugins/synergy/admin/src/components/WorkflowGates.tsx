import { Box, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { ReviewGate, Workflow } from '../../../shared/contracts/reviews';
import { getTranslation } from '../utils/getTranslation';
import { contentTypeLabel } from './audit-format';

const NOT_GATED: ReviewGate = { publish: false, statuses: [] };

/** What an approved review of this workflow is needed for, one line per governed type (SPEC §3). */
export const WorkflowGates = ({
  workflow,
  gates,
}: {
  workflow: Workflow;
  gates: Record<string, ReviewGate>;
}) => {
  const intl = useIntl();
  const { formatMessage } = intl;
  const ruleOf = (gate: ReviewGate) => {
    const rules = [
      gate.publish &&
        formatMessage({
          id: getTranslation('workflows.gate.publish'),
          defaultMessage: 'Publishing needs an approved review',
        }),
      gate.statuses.length > 0 &&
        formatMessage(
          {
            id: getTranslation('workflows.gate.statuses'),
            defaultMessage: 'Status {statuses} needs an approved review',
          },
          { statuses: gate.statuses.join(', ') },
        ),
    ].filter((rule): rule is string => typeof rule === 'string');
    return rules.length > 0
      ? rules.join('; ')
      : formatMessage({
          id: getTranslation('workflows.gate.none'),
          defaultMessage: 'Not gated: no Draft & Publish or gated status',
        });
  };
  const title = formatMessage(
    { id: getTranslation('workflows.gates'), defaultMessage: 'What "{name}" gates' },
    { name: workflow.name },
  );
  return (
    <Box tag="section" aria-label={title}>
      <Typography variant="delta" tag="h3">
        {title}
      </Typography>
      <ul>
        {workflow.contentTypes.map((uid) => (
          <li key={uid}>
            <Typography textColor="neutral700">{`${contentTypeLabel(intl, uid)}: ${ruleOf(gates[uid] ?? NOT_GATED)}`}</Typography>
          </li>
        ))}
      </ul>
    </Box>
  );
};
