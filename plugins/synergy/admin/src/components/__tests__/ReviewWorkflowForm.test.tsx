import { fireEvent, screen } from '@testing-library/react';
import type { Workflow } from '../../../../shared/contracts/reviews';
import { renderInLocale } from '../../testing/render-in-locale';
import { ReviewWorkflowForm } from '../ReviewWorkflowForm';

const workflow: Workflow = {
  id: 7,
  name: 'Strategy approval',
  contentTypes: ['api::strategy.strategy'],
  stages: [{ key: 'lead', name: 'Leadership', approverRoles: [3], requiredApprovals: 1 }],
  reminders: { remindAfterHours: 24, escalateAfterHours: 72, escalationRoles: [3] },
};

const renderForm = (onSave: jest.Mock) =>
  renderInLocale(
    <ReviewWorkflowForm
      workflow={workflow}
      roles={[{ id: 3, name: 'Leadership' }]}
      serverErrors={{}}
      isSaving={false}
      onSave={onSave}
    />,
  );

const typeInto = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('ReviewWorkflowForm reminders', () => {
  it('shows the saved hours and sends the edited reminders with the workflow', () => {
    const onSave = jest.fn();
    renderForm(onSave);
    expect(screen.getByLabelText('Remind approvers after (hours)')).toHaveProperty('value', '24');
    expect(screen.getByLabelText('Escalate after (hours)')).toHaveProperty('value', '72');
    typeInto('Remind approvers after (hours)', '12');
    fireEvent.click(screen.getByRole('button', { name: 'Save Strategy approval' }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        reminders: { remindAfterHours: 12, escalateAfterHours: 72, escalationRoles: [3] },
      }),
    );
  });

  it('refuses an escalation that does not come after the reminder, at its field', () => {
    const onSave = jest.fn();
    renderForm(onSave);
    typeInto('Escalate after (hours)', '10');
    fireEvent.click(screen.getByRole('button', { name: 'Save Strategy approval' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText('Escalate later than the reminder.')).toBeTruthy();
  });

  it('turns a step off when its hours are emptied', () => {
    const onSave = jest.fn();
    renderForm(onSave);
    typeInto('Remind approvers after (hours)', '');
    fireEvent.click(screen.getByRole('button', { name: 'Save Strategy approval' }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        reminders: { remindAfterHours: null, escalateAfterHours: 72, escalationRoles: [3] },
      }),
    );
  });
});
