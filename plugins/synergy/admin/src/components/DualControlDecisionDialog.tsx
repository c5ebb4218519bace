import * as React from 'react';
import { Button, Dialog, Field, Flex, Textarea, Typography } from '@strapi/design-system';
import { Check, Cross } from '@strapi/icons';
import { useIntl } from 'react-intl';
import type { DualControlRequest } from '../services/dual-control';
import { getTranslation } from '../utils/getTranslation';

interface DualControlDecisionDialogProps {
  request: DualControlRequest;
  disabled?: boolean;
  /** Approves or rejects with the reason; resolves true when the dialog may close. */
  onDecide: (decision: 'approve' | 'reject', reason: string) => Promise<boolean>;
}

/** "Decide…": shows what the request does and asks for a reason, then approves or rejects it. */
export const DualControlDecisionDialog = ({
  request,
  disabled,
  onDecide,
}: DualControlDecisionDialogProps) => {
  const { formatMessage } = useIntl();
  const [open, setOpen] = React.useState(false);
  const [reason, setReason] = React.useState('');
  const [deciding, setDeciding] = React.useState<'approve' | 'reject' | null>(null);

  const decide = async (decision: 'approve' | 'reject') => {
    setDeciding(decision);
    try {
      if (await onDecide(decision, reason.trim())) {
        setOpen(false);
        setReason('');
      }
    } finally {
      setDeciding(null);
    }
  };

  return (
    <Dialog.Root open={open} onOpenChange={(next) => !deciding && setOpen(next)}>
      <Dialog.Trigger>
        <Button variant="secondary" disabled={disabled}>
          {formatMessage({ id: getTranslation('dualControl.decide'), defaultMessage: 'Decide…' })}
        </Button>
      </Dialog.Trigger>
      <Dialog.Content>
        <Dialog.Header>
          {formatMessage({
            id: getTranslation('dualControl.decide.title'),
            defaultMessage: 'Approve or reject this request',
          })}
        </Dialog.Header>
        <Dialog.Body>
          <Flex direction="column" alignItems="stretch" gap={4} width="100%">
            <Typography fontWeight="bold">{request.summary}</Typography>
            {request.reason ? (
              <Typography textColor="neutral700">
                {formatMessage(
                  {
                    id: getTranslation('dualControl.decide.requesterReason'),
                    defaultMessage: 'Reason given: {reason}',
                  },
                  { reason: request.reason },
                )}
              </Typography>
            ) : null}
            <Typography textColor="neutral700">
              {formatMessage({
                id: getTranslation('dualControl.decide.explain'),
                defaultMessage:
                  'Approving carries the action out as the requester would have, with their clearance; an export or an archive then waits for its requester to run it once. Both of you are recorded in the audit trail.',
              })}
            </Typography>
            <Field.Root name="reason">
              <Field.Label>
                {formatMessage({
                  id: getTranslation('dualControl.decide.reason'),
                  defaultMessage: 'Reason',
                })}
              </Field.Label>
              <Textarea
                value={reason}
                maxLength={2000}
                onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) =>
                  setReason(event.target.value)
                }
              />
            </Field.Root>
          </Flex>
        </Dialog.Body>
        <Dialog.Footer>
          <Button
            fullWidth
            variant="danger-light"
            startIcon={<Cross />}
            loading={deciding === 'reject'}
            disabled={deciding !== null}
            onClick={() => decide('reject')}
          >
            {formatMessage({ id: getTranslation('dualControl.reject'), defaultMessage: 'Reject' })}
          </Button>
          <Button
            fullWidth
            variant="success"
            startIcon={<Check />}
            loading={deciding === 'approve'}
            disabled={deciding !== null}
            onClick={() => decide('approve')}
          >
            {formatMessage({
              id: getTranslation('dualControl.approve'),
              defaultMessage: 'Approve',
            })}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
