import { Box, Field, Grid, NumberInput, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { WorkflowReminders } from '../../../shared/contracts/reviews';
import { getTranslation } from '../utils/getTranslation';
import { RoleMultiSelect } from './RoleMultiSelect';

interface ReviewReminderFieldsProps {
  workflowId: number;
  reminders: WorkflowReminders;
  roles: Array<{ id: number; name: string }>;
  /** Errors by field ("remindAfterHours", "escalateAfterHours", "escalationRoles"). */
  errors: Record<string, string | undefined>;
  disabled: boolean;
  onChange: (reminders: WorkflowReminders) => void;
}

/** A workflow's reminders: hours before the approvers are reminded, then before escalation, and to whom. */
export const ReviewReminderFields = ({
  workflowId,
  reminders,
  roles,
  errors,
  disabled,
  onChange,
}: ReviewReminderFieldsProps) => {
  const { formatMessage } = useIntl();
  const set = <K extends keyof WorkflowReminders>(key: K, value: WorkflowReminders[K]) =>
    onChange({ ...reminders, [key]: value });
  const offHint = formatMessage({
    id: getTranslation('workflows.reminders.off'),
    defaultMessage: 'Empty: off',
  });

  return (
    <Box background="neutral100" hasRadius padding={4}>
      <Typography tag="h3" variant="sigma" textColor="neutral600">
        {formatMessage({
          id: getTranslation('workflows.reminders'),
          defaultMessage: 'Reminders and escalation',
        })}
      </Typography>
      <Grid.Root gap={4} paddingTop={3}>
        <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
          <Field.Root
            name={`workflow-${workflowId}-remindAfterHours`}
            error={errors.remindAfterHours}
            hint={offHint}
          >
            <Field.Label>
              {formatMessage({
                id: getTranslation('workflows.reminders.remindAfterHours'),
                defaultMessage: 'Remind approvers after (hours)',
              })}
            </Field.Label>
            <NumberInput
              value={reminders.remindAfterHours ?? undefined}
              disabled={disabled}
              step={1}
              onValueChange={(value: number | undefined) => set('remindAfterHours', value ?? null)}
            />
            <Field.Error />
            <Field.Hint />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
          <Field.Root
            name={`workflow-${workflowId}-escalateAfterHours`}
            error={errors.escalateAfterHours}
            hint={offHint}
          >
            <Field.Label>
              {formatMessage({
                id: getTranslation('workflows.reminders.escalateAfterHours'),
                defaultMessage: 'Escalate after (hours)',
              })}
            </Field.Label>
            <NumberInput
              value={reminders.escalateAfterHours ?? undefined}
              disabled={disabled}
              step={1}
              onValueChange={(value: number | undefined) =>
                set('escalateAfterHours', value ?? null)
              }
            />
            <Field.Error />
            <Field.Hint />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <Field.Root
            name={`workflow-${workflowId}-escalationRoles`}
            error={errors.escalationRoles}
          >
            <Field.Label>
              {formatMessage({
                id: getTranslation('workflows.reminders.escalationRoles'),
                defaultMessage: 'Escalate to roles',
              })}
            </Field.Label>
            <RoleMultiSelect
              value={reminders.escalationRoles}
              roles={roles}
              disabled={disabled}
              onChange={(roleIds) => set('escalationRoles', roleIds)}
            />
            <Field.Error />
          </Field.Root>
        </Grid.Item>
      </Grid.Root>
    </Box>
  );
};
