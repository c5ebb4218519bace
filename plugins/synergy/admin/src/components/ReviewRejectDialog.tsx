import * as React from 'react';
import { Button, Dialog, Field, Flex, Textarea, Typography } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';

interface ReviewRejectDialogProps {
  /** The stage being rejected, named in the dialog. */
  stageName: string | null;
  disabled?: boolean;
  /** Rejects with the comment; resolves true when the dialog may close. */
  onReject: (comment: string) => Promise<boolean>;
}

/** "Reject…": asks for the required comment (what to change), then rejects the review. */
export const ReviewRejectDialog = ({ stageName, disabled, onReject }: ReviewRejectDialogProps) => {
  const { formatMessage } = useIntl();
  const [open, setOpen] = React.useState(false);
  const [comment, setComment] = React.useState('');
  const [touched, setTouched] = React.useState(false);
  const [isRejecting, setIsRejecting] = React.useState(false);

  const missing = comment.trim() === '';
  const error =
    touched && missing
      ? formatMessage({
          id: getTranslation('reviews.reject.commentRequired'),
          defaultMessage: 'Say what has to change.',
        })
      : undefined;

  const confirm = async () => {
    setTouched(true);
    if (missing) return;
    setIsRejecting(true);
    try {
      if (await onReject(comment.trim())) {
        setOpen(false);
        setComment('');
        setTouched(false);
      }
    } finally {
      setIsRejecting(false);
    }
  };

  return (
    <Dialog.Root open={open} onOpenChange={(next) => !isRejecting && setOpen(next)}>
      <Dialog.Trigger>
        <Button variant="danger-light" startIcon={<Cross />} disabled={disabled} fullWidth>
          {formatMessage({
            id: getTranslation('reviews.action.reject'),
            defaultMessage: 'Reject…',
          })}
        </Button>
      </Dialog.Trigger>
      <Dialog.Content>
        <Dialog.Header>
          {formatMessage({
            id: getTranslation('reviews.reject.title'),
            defaultMessage: 'Request changes',
          })}
        </Dialog.Header>
        <Dialog.Body>
          <Flex direction="column" alignItems="stretch" gap={4} width="100%">
            <Typography textAlign="center">
              {stageName
                ? formatMessage(
                    {
                      id: getTranslation('reviews.reject.explain'),
                      defaultMessage:
                        'The review stops at "{stage}" and goes back to the submitter, who must submit it again.',
                    },
                    { stage: stageName },
                  )
                : formatMessage({
                    id: getTranslation('reviews.reject.explainNoStage'),
                    defaultMessage:
                      'The review goes back to the submitter, who must submit it again.',
                  })}
            </Typography>
            <Field.Root name="comment" required error={error}>
              <Field.Label>
                {formatMessage({
                  id: getTranslation('reviews.reject.comment'),
                  defaultMessage: 'Comment',
                })}
              </Field.Label>
              <Textarea
                value={comment}
                maxLength={2000}
                onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) =>
                  setComment(event.target.value)
                }
                onBlur={() => setTouched(true)}
              />
              <Field.Error />
            </Field.Root>
          </Flex>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button fullWidth variant="tertiary" disabled={isRejecting}>
              {formatMessage({ id: getTranslation('reviews.cancel'), defaultMessage: 'Cancel' })}
            </Button>
          </Dialog.Cancel>
          <Button
            fullWidth
            variant="danger"
            startIcon={<Cross />}
            loading={isRejecting}
            disabled={missing}
            onClick={confirm}
          >
            {formatMessage({
              id: getTranslation('reviews.reject.confirm'),
              defaultMessage: 'Reject',
            })}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
