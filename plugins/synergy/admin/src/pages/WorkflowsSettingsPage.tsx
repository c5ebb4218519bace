import * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';
import { Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { Workflow, Workflows } from '../../../shared/contracts/reviews';
import { ReviewWorkflowForm } from '../components/ReviewWorkflowForm';
import { SettingsPage, useRowSave } from '../components/SettingsPage';
import { WorkflowGates } from '../components/WorkflowGates';
import { useStateFrom } from '../hooks/useStateFrom';
import { PERMISSIONS } from '../permissions';
import { fieldErrorsOf, useUpdateWorkflow, useWorkflows } from '../services/reviews';
import { getTranslation } from '../utils/getTranslation';

const NO_ERRORS: Record<string, string> = {};

const WorkflowsSettingsPage = () => {
  const { formatMessage } = useIntl();
  const workflows = useWorkflows();
  const updateWorkflow = useUpdateWorkflow();
  const { savingId, saveRow } = useRowSave();
  const [serverErrors, setServerErrors] = React.useState<Record<number, Record<string, string>>>(
    {},
  );
  // The saved version of each workflow, shown until the list is reloaded.
  const [saved, setSaved] = useStateFrom<Record<number, Workflow>>(workflows.data, () => ({}));

  const save = async (workflow: Workflow, body: Workflows.UpdateBody) => {
    setServerErrors((previous) => ({ ...previous, [workflow.id]: NO_ERRORS }));
    const updated = await saveRow(workflow.id, () => updateWorkflow(workflow.id, body), {
      successMessage: ({ name }) =>
        formatMessage(
          { id: getTranslation('workflows.saved'), defaultMessage: '"{name}" saved.' },
          { name },
        ),
      onFailure: (saveError) =>
        setServerErrors((previous) => ({ ...previous, [workflow.id]: fieldErrorsOf(saveError) })),
    });
    if (updated) setSaved((previous) => ({ ...previous, [workflow.id]: updated }));
  };

  return (
    <SettingsPage
      title={formatMessage({
        id: getTranslation('workflows.title'),
        defaultMessage: 'Approval workflows',
      })}
      subtitle={formatMessage({
        id: getTranslation('workflows.subtitle'),
        defaultMessage:
          'Which content types need approval before they take effect, and who approves each stage',
      })}
      intro={
        <Typography textColor="neutral700">
          {formatMessage({
            id: getTranslation('workflows.explain'),
            defaultMessage:
              'A document goes through the stages in order; a stage is passed when enough holders of its roles have approved, never by the submitter.',
          })}
        </Typography>
      }
      query={workflows}
      messages={{
        loading: formatMessage({
          id: getTranslation('workflows.loading'),
          defaultMessage: 'Loading workflows…',
        }),
        error: formatMessage({
          id: getTranslation('workflows.error'),
          defaultMessage: 'The workflows could not be loaded.',
        }),
        empty: formatMessage({
          id: getTranslation('workflows.empty'),
          defaultMessage: 'There is no workflow.',
        }),
      }}
      isEmpty={(list) => list.data.length === 0}
    >
      {(list) =>
        list.data.map((workflow) => (
          <Flex key={workflow.id} direction="column" alignItems="stretch" gap={2}>
            <ReviewWorkflowForm
              workflow={saved[workflow.id] ?? workflow}
              roles={list.meta.roles}
              serverErrors={serverErrors[workflow.id] ?? NO_ERRORS}
              isSaving={savingId === workflow.id}
              onSave={(body) => save(workflow, body)}
            />
            <WorkflowGates workflow={saved[workflow.id] ?? workflow} gates={list.meta.gates} />
          </Flex>
        ))
      }
    </SettingsPage>
  );
};

/** Settings → Synergy → Approval workflows, shown only to holders of `plugin::synergy.workflows.manage`. */
export const ProtectedWorkflowsSettingsPage = () => (
  <Page.Protect permissions={PERMISSIONS.workflowsManage}>
    <WorkflowsSettingsPage />
  </Page.Protect>
);

export default ProtectedWorkflowsSettingsPage;
