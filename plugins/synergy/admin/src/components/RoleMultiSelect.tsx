import { MultiSelect, MultiSelectOption } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';

interface RoleMultiSelectProps {
  /** Admin role ids. */
  value: number[];
  roles: Array<{ id: number; name: string }>;
  disabled: boolean;
  onChange: (roleIds: number[]) => void;
}

/** A choice of admin roles, as tags (a workflow stage's approvers, its escalation roles). */
export const RoleMultiSelect = ({ value, roles, disabled, onChange }: RoleMultiSelectProps) => {
  const { formatMessage } = useIntl();
  return (
    <MultiSelect
      value={value.map(String)}
      disabled={disabled}
      withTags
      placeholder={formatMessage({
        id: getTranslation('workflows.stage.approverRoles.placeholder'),
        defaultMessage: 'Choose roles',
      })}
      onChange={(values: string[]) => onChange(values.map(Number))}
    >
      {roles.map((role) => (
        <MultiSelectOption key={role.id} value={String(role.id)}>
          {role.name}
        </MultiSelectOption>
      ))}
    </MultiSelect>
  );
};
