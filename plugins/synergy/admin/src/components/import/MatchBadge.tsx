import { Badge, Checkbox, Flex } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { PostImport } from '../../services/import';
import { getTranslation } from '../../utils/getTranslation';

const METHOD_MESSAGES: Record<PostImport.MatchMethod, { id: string; defaultMessage: string }> = {
  saved: { id: getTranslation('import.match.saved'), defaultMessage: 'as last time' },
  name: { id: getTranslation('import.match.name'), defaultMessage: 'field name' },
  label: { id: getTranslation('import.match.label'), defaultMessage: 'field label' },
  synonym: { id: getTranslation('import.match.synonym'), defaultMessage: 'synonym' },
  similar: { id: getTranslation('import.match.similar'), defaultMessage: 'similar header' },
};

interface MatchBadgeProps {
  column: string;
  proposal: PostImport.ColumnProposal;
  confirmed: boolean;
  disabled: boolean;
  onConfirm: (confirmed: boolean) => void;
}

/** How the automatic match of a column was found, with its confidence; a weak one asks to be confirmed. */
export const MatchBadge = ({
  column,
  proposal,
  confirmed,
  disabled,
  onConfirm,
}: MatchBadgeProps) => {
  const { formatMessage, formatNumber } = useIntl();
  const text = formatMessage(
    {
      id: getTranslation('import.match.badge'),
      defaultMessage: '{confidence} · {method}',
    },
    {
      confidence: formatNumber(proposal.confidence, { style: 'percent' }),
      method: formatMessage(METHOD_MESSAGES[proposal.method]),
    },
  );
  if (!proposal.needsConfirmation) return <Badge variant="success">{text}</Badge>;
  return (
    <Flex gap={2} wrap="wrap">
      <Badge variant={confirmed ? 'success' : 'warning'}>{text}</Badge>
      <Checkbox
        checked={confirmed}
        disabled={disabled}
        onCheckedChange={(checked: boolean | 'indeterminate') => onConfirm(checked === true)}
        aria-label={formatMessage(
          {
            id: getTranslation('import.match.confirmColumn'),
            defaultMessage: 'Confirm the field of the column {column}',
          },
          { column },
        )}
      >
        {formatMessage({ id: getTranslation('import.match.confirm'), defaultMessage: 'Confirm' })}
      </Checkbox>
    </Flex>
  );
};
