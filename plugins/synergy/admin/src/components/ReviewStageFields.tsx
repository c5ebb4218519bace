import * as React from 'react';
import {
  Box,
  Field,
  Flex,
  Grid,
  IconButton,
  NumberInput,
  TextInput,
  Typography,
} from '@strapi/design-system';
import { ArrowDown, ArrowUp, Trash } from '@strapi/icons';
import { useIntl } from 'react-intl';
import type { WorkflowStage } from '../../../shared/contracts/reviews';
import { getTranslation } from '../utils/getTranslation';
import { RoleMultiSelect } from './RoleMultiSelect';

/** A stage being edited, with a local id for React (stages have none of their own). */
export interface StageDraft extends WorkflowStage {
  localId: string;
}

interface ReviewStageFieldsProps {
  stage: StageDraft;
  index: number;
  count: number;
  roles: Array<{ id: number; name: string }>;
  /** Errors by field ("key", "name", "approverRoles", "requiredApprovals"). */
  errors: Record<string, string | undefined>;
  disabled: boolean;
  onChange: (stage: StageDraft) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
}

/** One stage of a workflow: key, name, approver roles and required approvals, with move and remove buttons. */
export const ReviewStageFields = ({
  stage,
  index,
  count,
  roles,
  errors,
  disabled,
  onChange,
  onMove,
  onRemove,
}: ReviewStageFieldsProps) => {
  const { formatMessage } = useIntl();
  const number = index + 1;
  const stageLabel = formatMessage(
    { id: getTranslation('workflows.stage.label'), defaultMessage: 'Stage {number}' },
    { number },
  );
  const set = <K extends keyof WorkflowStage>(key: K, value: WorkflowStage[K]) =>
    onChange({ ...stage, [key]: value });

  return (
    <Box tag="li" background="neutral100" hasRadius padding={4} aria-label={stageLabel}>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Flex justifyContent="space-between">
          <Typography variant="sigma" textColor="neutral700" tag="h4">
            {stageLabel}
          </Typography>
          <Flex gap={1}>
            <IconButton
              label={formatMessage(
                {
                  id: getTranslation('workflows.stage.moveUp'),
                  defaultMessage: 'Move stage {number} up',
                },
                { number },
              )}
              variant="ghost"
              disabled={disabled || index === 0}
              onClick={() => onMove(-1)}
            >
              <ArrowUp />
            </IconButton>
            <IconButton
              label={formatMessage(
                {
                  id: getTranslation('workflows.stage.moveDown'),
                  defaultMessage: 'Move stage {number} down',
                },
                { number },
              )}
              variant="ghost"
              disabled={disabled || index === count - 1}
              onClick={() => onMove(1)}
            >
              <ArrowDown />
            </IconButton>
            <IconButton
              label={formatMessage(
                {
                  id: getTranslation('workflows.stage.remove'),
                  defaultMessage: 'Remove stage {number}',
                },
                { number },
              )}
              variant="ghost"
              disabled={disabled || count === 1}
              onClick={onRemove}
            >
              <Trash />
            </IconButton>
          </Flex>
        </Flex>
        <Grid.Root gap={4}>
          <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
            <Field.Root
              name={`stage-${stage.localId}-key`}
              required
              error={errors.key}
              hint={formatMessage({
                id: getTranslation('workflows.stage.key.hint'),
                defaultMessage: 'Lower-case letters, digits and hyphens; kept in the history',
              })}
            >
              <Field.Label>
                {formatMessage({
                  id: getTranslation('workflows.stage.key'),
                  defaultMessage: 'Key',
                })}
              </Field.Label>
              <TextInput
                value={stage.key}
                disabled={disabled}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                  set('key', event.target.value.trim())
                }
              />
              <Field.Error />
              <Field.Hint />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
            <Field.Root name={`stage-${stage.localId}-name`} required error={errors.name}>
              <Field.Label>
                {formatMessage({
                  id: getTranslation('workflows.stage.name'),
                  defaultMessage: 'Name',
                })}
              </Field.Label>
              <TextInput
                value={stage.name}
                disabled={disabled}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                  set('name', event.target.value)
                }
              />
              <Field.Error />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={4} s={8} xs={12} direction="column" alignItems="stretch">
            <Field.Root
              name={`stage-${stage.localId}-approverRoles`}
              required
              error={errors.approverRoles}
              hint={formatMessage({
                id: getTranslation('workflows.stage.approverRoles.hint'),
                defaultMessage: 'A Super Admin may always approve',
              })}
            >
              <Field.Label>
                {formatMessage({
                  id: getTranslation('workflows.stage.approverRoles'),
                  defaultMessage: 'Approver roles',
                })}
              </Field.Label>
              <RoleMultiSelect
                value={stage.approverRoles}
                roles={roles}
                disabled={disabled}
                onChange={(roleIds) => set('approverRoles', roleIds)}
              />
              <Field.Error />
              <Field.Hint />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={2} s={4} xs={12} direction="column" alignItems="stretch">
            <Field.Root
              name={`stage-${stage.localId}-requiredApprovals`}
              required
              error={errors.requiredApprovals}
            >
              <Field.Label>
                {formatMessage({
                  id: getTranslation('workflows.stage.requiredApprovals'),
                  defaultMessage: 'Approvals needed',
                })}
              </Field.Label>
              <NumberInput
                value={stage.requiredApprovals}
                step={1}
                disabled={disabled}
                onValueChange={(value) => set('requiredApprovals', value ?? 0)}
              />
              <Field.Error />
            </Field.Root>
          </Grid.Item>
        </Grid.Root>
      </Flex>
    </Box>
  );
};
