import * as React from 'react';
import { EmptyStateLayout, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { Workflow, Workflows } from '../../../shared/contracts/reviews';
import { ReviewWorkflowForm } from '../components/ReviewWorkflowForm';
import { WorkflowGates } from '../components/WorkflowGates';
import { useErrorMessage } from '../hooks/useErrorMessage';
import { PERMISSIONS } from '../permissions';
import { fieldErrorsOf, useUpdateWorkflow, useWorkflows } from '../services/reviews';
import { getTranslation } from '../utils/getTranslation';
import { LoadError, LoadingState } from '../components/LoadStates';

const NO_ERRORS: Record<string, string> = {};

const WorkflowsSettingsPage = () => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const errorMessage = useErrorMessage();
  const { data, error, isLoading, reload } = useWorkflows();
  const updateWorkflow = useUpdateWorkflow();
  const [savingId, setSavingId] = React.useState<number | null>(null);
  const [serverErrors, setServerErrors] = React.useState<Record<number, Record<string, string>>>({});
  // The saved version of each workflow, shown until the list is reloaded.
  const [saved, setSaved] = React.useState<Record<number, Workflow>>({});

  React.useEffect(() => {
    if (error) toggleNotification({ type: 'danger', message: errorMessage(error) });
  }, [error, errorMessage, toggleNotification]);
  React.useEffect(() => setSaved({}), [data]);

  const save = async (workflow: Workflow, body: Workflows.UpdateBody) => {
    setSavingId(workflow.id);
    setServerErrors((previous) => ({ ...previous, [workflow.id]: NO_ERRORS }));
    try {
      const updated = await updateWorkflow(workflow.id, body);
      setSaved((previous) => ({ ...previous, [workflow.id]: updated }));
      toggleNotification({
        type: 'success',
        message: formatMessage({ id: getTranslation('workflows.saved'), defaultMessage: '"{name}" saved.' }, { name: updated.name }),
      });
    } catch (saveError) {
      setServerErrors((previous) => ({ ...previous, [workflow.id]: fieldErrorsOf(saveError) }));
      toggleNotification({ type: 'danger', message: errorMessage(saveError) });
    } finally {
      setSavingId(null);
    }
  };

  const title = formatMessage({ id: getTranslation('workflows.title'), defaultMessage: 'Approval workflows' });

  const content = (() => {
    if (isLoading && !data) {
      return (
        <LoadingState message={formatMessage({ id: getTranslation('workflows.loading'), defaultMessage: 'Loading workflows…' })} />
      );
    }
    if (error || !data) {
      return (
        <LoadError message={formatMessage({ id: getTranslation('workflows.error'), defaultMessage: 'The workflows could not be loaded.' })} onRetry={reload} />
      );
    }
    if (data.data.length === 0) {
      return (
        <EmptyStateLayout content={formatMessage({ id: getTranslation('workflows.empty'), defaultMessage: 'There is no workflow.' })} />
      );
    }
    return data.data.map((workflow) => (
      <Flex key={workflow.id} direction="column" alignItems="stretch" gap={2}>
        <ReviewWorkflowForm
          workflow={saved[workflow.id] ?? workflow}
          roles={data.meta.roles}
          serverErrors={serverErrors[workflow.id] ?? NO_ERRORS}
          isSaving={savingId === workflow.id}
          onSave={(body) => save(workflow, body)}
        />
        <WorkflowGates workflow={saved[workflow.id] ?? workflow} gates={data.meta.gates} />
      </Flex>
    ));
  })();

  return (
    <Page.Main aria-busy={isLoading}>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={formatMessage({
          id: getTranslation('workflows.subtitle'),
          defaultMessage: 'Which content types need approval before they take effect, and who approves each stage',
        })}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Typography textColor="neutral700">
            {formatMessage({
              id: getTranslation('workflows.explain'),
              defaultMessage:
                'A document goes through the stages in order; a stage is passed when enough holders of its roles have approved, never by the submitter.',
            })}
          </Typography>
          {content}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

/** Settings → Synergy → Approval workflows, shown only to holders of `plugin::synergy.workflows.manage`. */
export const ProtectedWorkflowsSettingsPage = () => (
  <Page.Protect permissions={PERMISSIONS.workflowsManage}>
    <WorkflowsSettingsPage />
  </Page.Protect>
);

export default ProtectedWorkflowsSettingsPage;
