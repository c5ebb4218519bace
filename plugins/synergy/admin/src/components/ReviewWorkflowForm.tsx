import * as React from 'react';
import {
  Box,
  Button,
  Field,
  Flex,
  MultiSelect,
  MultiSelectOption,
  TextInput,
  Typography,
} from '@strapi/design-system';
import { Check, Plus } from '@strapi/icons';
import { useIntl } from 'react-intl';
import type { Workflow, WorkflowReminders, Workflows } from '../../../shared/contracts/reviews';
import { useStateFrom } from '../hooks/useStateFrom';
import { getTranslation } from '../utils/getTranslation';
import { CRM_CONTENT_TYPES, contentTypeLabel } from './audit-format';
import { ReviewReminderFields } from './ReviewReminderFields';
import { ReviewStageFields, type StageDraft } from './ReviewStageFields';

/** As the server validates it (validation/reviews.ts). */
const STAGE_KEY = /^[a-z0-9-]+$/;

let nextLocalId = 0;
const toDraft = (stage: Workflow['stages'][number]): StageDraft => ({
  ...stage,
  localId: `stage-${(nextLocalId += 1)}`,
});

interface ReviewWorkflowFormProps {
  workflow: Workflow;
  roles: Array<{ id: number; name: string }>;
  /** Errors by path from the server's last answer ("name", "stages.1.key"). */
  serverErrors: Record<string, string>;
  isSaving: boolean;
  onSave: (body: Workflows.UpdateBody) => void;
}

/** Client-side checks, with the same paths the server uses, so both kinds show at the same field. */
const validate = (
  body: Workflows.UpdateBody,
  formatMessage: ReturnType<typeof useIntl>['formatMessage'],
): Record<string, string> => {
  const errors: Record<string, string> = {};
  const required = formatMessage({
    id: getTranslation('workflows.error.required'),
    defaultMessage: 'Required.',
  });
  if (!body.name.trim()) errors.name = required;
  if (body.contentTypes.length === 0) {
    errors.contentTypes = formatMessage({
      id: getTranslation('workflows.error.contentTypes'),
      defaultMessage: 'Choose at least one content type.',
    });
  }
  if (body.stages.length === 0) {
    errors.stages = formatMessage({
      id: getTranslation('workflows.error.stages'),
      defaultMessage: 'A workflow needs at least one stage.',
    });
  }
  const seen = new Set<string>();
  body.stages.forEach((stage, index) => {
    if (!stage.key) errors[`stages.${index}.key`] = required;
    else if (!STAGE_KEY.test(stage.key)) {
      errors[`stages.${index}.key`] = formatMessage({
        id: getTranslation('workflows.error.keyFormat'),
        defaultMessage: 'Use lower-case letters, digits and hyphens only.',
      });
    } else if (seen.has(stage.key)) {
      errors[`stages.${index}.key`] = formatMessage({
        id: getTranslation('workflows.error.keyDuplicate'),
        defaultMessage: 'Another stage has this key.',
      });
    }
    seen.add(stage.key);
    if (!stage.name.trim()) errors[`stages.${index}.name`] = required;
    if (stage.approverRoles.length === 0) {
      errors[`stages.${index}.approverRoles`] = formatMessage({
        id: getTranslation('workflows.error.approverRoles'),
        defaultMessage: 'Choose at least one role.',
      });
    }
    if (!Number.isInteger(stage.requiredApprovals) || stage.requiredApprovals < 1) {
      errors[`stages.${index}.requiredApprovals`] = formatMessage({
        id: getTranslation('workflows.error.requiredApprovals'),
        defaultMessage: 'At least 1.',
      });
    }
  });
  const { remindAfterHours, escalateAfterHours, escalationRoles } = body.reminders ?? {
    remindAfterHours: null,
    escalateAfterHours: null,
    escalationRoles: [],
  };
  if (
    escalateAfterHours != null &&
    remindAfterHours != null &&
    escalateAfterHours <= remindAfterHours
  ) {
    errors['reminders.escalateAfterHours'] = formatMessage({
      id: getTranslation('workflows.error.escalateAfterReminder'),
      defaultMessage: 'Escalate later than the reminder.',
    });
  }
  if (escalateAfterHours != null && escalationRoles.length === 0) {
    errors['reminders.escalationRoles'] = formatMessage({
      id: getTranslation('workflows.error.approverRoles'),
      defaultMessage: 'Choose at least one role.',
    });
  }
  return errors;
};

/** One workflow's editor: name, governed content types and ordered stages; saved as a whole. */
export const ReviewWorkflowForm = ({
  workflow,
  roles,
  serverErrors,
  isSaving,
  onSave,
}: ReviewWorkflowFormProps) => {
  const intl = useIntl();
  const { formatMessage } = intl;
  // A saved or reloaded workflow starts again from the server's values.
  const workflowKey = JSON.stringify(workflow);
  const [name, setName] = useStateFrom(workflowKey, () => workflow.name);
  const [contentTypes, setContentTypes] = useStateFrom<string[]>(
    workflowKey,
    () => workflow.contentTypes,
  );
  const [stages, setStages] = useStateFrom<StageDraft[]>(workflowKey, () =>
    workflow.stages.map(toDraft),
  );
  const [reminders, setReminders] = useStateFrom<WorkflowReminders>(
    workflowKey,
    () => workflow.reminders,
  );
  const [showClientErrors, setShowClientErrors] = useStateFrom(workflowKey, () => false);
  // Server errors belong to what was sent: editing hides them until the next save.
  const [serverErrorsShown, setServerErrorsShown] = useStateFrom(serverErrors, () => serverErrors);

  const body: Workflows.UpdateBody = {
    name,
    contentTypes,
    stages: stages.map(({ localId: _localId, ...stage }) => stage),
    reminders,
  };
  const clientErrors = validate(body, formatMessage);
  const errors = { ...(showClientErrors ? clientErrors : {}), ...serverErrorsShown };
  const dirty =
    JSON.stringify(body) !==
    JSON.stringify({
      name: workflow.name,
      contentTypes: workflow.contentTypes,
      stages: workflow.stages,
      reminders: workflow.reminders,
    });

  const edit =
    <T,>(setter: (value: T) => void) =>
    (value: T) => {
      setServerErrorsShown({});
      setter(value);
    };
  const updateStages = edit(setStages);

  const move = (index: number, offset: -1 | 1) => {
    const next = [...stages];
    [next[index], next[index + offset]] = [next[index + offset], next[index]];
    updateStages(next);
  };

  const save = (event: React.FormEvent) => {
    event.preventDefault();
    setShowClientErrors(true);
    if (Object.keys(clientErrors).length > 0) return;
    onSave(body);
  };

  const contentTypeOptions = [
    ...new Set([...CRM_CONTENT_TYPES.map(({ uid }) => uid), ...workflow.contentTypes]),
  ];
  /** The first error at `path` or below it (the server reports "contentTypes.2", "stages.0.approverRoles.1"). */
  const errorAt = (path: string) => {
    if (errors[path]) return errors[path];
    const nested = Object.entries(errors).find(([candidate]) => candidate.startsWith(`${path}.`));
    return nested?.[1];
  };
  const contentTypesError = (() => {
    if (errors.contentTypes) return errors.contentTypes;
    const nested = Object.entries(errors).filter(([path]) => path.startsWith('contentTypes.'));
    return nested.length > 0
      ? nested
          .map(
            ([path, message]) =>
              `${contentTypeLabel(intl, contentTypes[Number(path.split('.')[1])])}: ${message}`,
          )
          .join('; ')
      : undefined;
  })();
  const stageErrors = (index: number) => ({
    key: errorAt(`stages.${index}.key`),
    name: errorAt(`stages.${index}.name`),
    approverRoles: errorAt(`stages.${index}.approverRoles`),
    requiredApprovals: errorAt(`stages.${index}.requiredApprovals`),
  });
  // Errors the fields do not show (another path, or the whole body).
  const isShown = (path: string) =>
    ['name', 'contentTypes', 'stages'].includes(path) ||
    path.startsWith('contentTypes.') ||
    path.startsWith('reminders.') ||
    stages.some((_stage, index) =>
      ['key', 'name', 'approverRoles', 'requiredApprovals'].some(
        (field) =>
          path === `stages.${index}.${field}` || path.startsWith(`stages.${index}.${field}.`),
      ),
    );
  const otherErrors = Object.entries(errors).filter(([path]) => !isShown(path));

  return (
    <Box
      tag="form"
      onSubmit={save}
      noValidate
      background="neutral0"
      hasRadius
      shadow="tableShadow"
      padding={6}
      aria-label={workflow.name}
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex justifyContent="space-between" gap={4}>
          <Typography tag="h2" variant="delta">
            {workflow.name}
          </Typography>
          <Button
            type="submit"
            startIcon={<Check />}
            loading={isSaving}
            disabled={!dirty || isSaving}
          >
            {formatMessage(
              { id: getTranslation('workflows.save'), defaultMessage: 'Save {name}' },
              { name: workflow.name },
            )}
          </Button>
        </Flex>
        <Flex gap={4} alignItems="flex-start" wrap="wrap">
          <Box flex="1" minWidth="240px">
            <Field.Root name={`workflow-${workflow.id}-name`} required error={errors.name}>
              <Field.Label>
                {formatMessage({ id: getTranslation('workflows.name'), defaultMessage: 'Name' })}
              </Field.Label>
              <TextInput
                value={name}
                disabled={isSaving}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                  edit(setName)(event.target.value)
                }
              />
              <Field.Error />
            </Field.Root>
          </Box>
          <Box flex="2" minWidth="320px">
            <Field.Root
              name={`workflow-${workflow.id}-contentTypes`}
              required
              error={contentTypesError}
            >
              <Field.Label>
                {formatMessage({
                  id: getTranslation('workflows.contentTypes'),
                  defaultMessage: 'Governed content types',
                })}
              </Field.Label>
              <MultiSelect
                value={contentTypes}
                withTags
                disabled={isSaving}
                onChange={(values: string[]) => edit(setContentTypes)(values)}
              >
                {contentTypeOptions.map((uid) => (
                  <MultiSelectOption key={uid} value={uid}>
                    {contentTypeLabel(intl, uid)}
                  </MultiSelectOption>
                ))}
              </MultiSelect>
              <Field.Error />
            </Field.Root>
          </Box>
        </Flex>
        <Typography tag="h3" variant="sigma" textColor="neutral600">
          {formatMessage({
            id: getTranslation('workflows.stages'),
            defaultMessage: 'Stages, in order',
          })}
        </Typography>
        {errors.stages ? (
          <Typography variant="pi" textColor="danger600" role="alert">
            {errors.stages}
          </Typography>
        ) : null}
        <Flex
          tag="ol"
          direction="column"
          alignItems="stretch"
          gap={3}
          style={{ listStyle: 'none', margin: 0, padding: 0 }}
        >
          {stages.map((stage, index) => (
            <ReviewStageFields
              key={stage.localId}
              stage={stage}
              index={index}
              count={stages.length}
              roles={roles}
              errors={stageErrors(index)}
              disabled={isSaving}
              onChange={(next) =>
                updateStages(
                  stages.map((candidate) =>
                    candidate.localId === next.localId ? next : candidate,
                  ),
                )
              }
              onMove={(offset) => move(index, offset)}
              onRemove={() =>
                updateStages(stages.filter((candidate) => candidate.localId !== stage.localId))
              }
            />
          ))}
        </Flex>
        <ReviewReminderFields
          workflowId={workflow.id}
          reminders={reminders}
          roles={roles}
          errors={{
            remindAfterHours: errorAt('reminders.remindAfterHours'),
            escalateAfterHours: errorAt('reminders.escalateAfterHours'),
            escalationRoles: errorAt('reminders.escalationRoles'),
          }}
          disabled={isSaving}
          onChange={edit(setReminders)}
        />
        {otherErrors.length > 0 ? (
          <Box role="alert">
            {otherErrors.map(([path, message]) => (
              <Typography key={path} tag="p" variant="pi" textColor="danger600">
                {path}: {message}
              </Typography>
            ))}
          </Box>
        ) : null}
        <Box>
          <Button
            type="button"
            variant="secondary"
            startIcon={<Plus />}
            disabled={isSaving}
            onClick={() =>
              updateStages([
                ...stages,
                toDraft({ key: '', name: '', approverRoles: [], requiredApprovals: 1 }),
              ])
            }
          >
            {formatMessage({
              id: getTranslation('workflows.stage.add'),
              defaultMessage: 'Add a stage',
            })}
          </Button>
        </Box>
      </Flex>
    </Box>
  );
};
