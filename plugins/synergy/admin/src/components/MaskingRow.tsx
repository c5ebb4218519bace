import {
  Checkbox,
  Field,
  MultiSelect,
  MultiSelectOption,
  Td,
  Tr,
  Typography,
} from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { GetMasking, MaskingRule } from '../services/masking';
import { getTranslation } from '../utils/getTranslation';

/** How each kind of field is shown masked, as an example. */
const EXAMPLES: Record<GetMasking.MaskableField['kind'], string> = {
  phone: '138****5678',
  email: 'z***@example.com',
  text: 'B***e',
};

interface MaskingRowProps {
  field: GetMasking.MaskableField;
  typeLabel: string;
  rule: MaskingRule;
  roles: GetMasking.Response['meta'];
  disabled: boolean;
  onChange: (rule: MaskingRule) => void;
}

/** One maskable field: who sees it masked (admin roles, Users & Permissions roles, API tokens). */
export const MaskingRow = ({
  field,
  typeLabel,
  rule,
  roles,
  disabled,
  onChange,
}: MaskingRowProps) => {
  const { formatMessage } = useIntl();
  const name = `${typeLabel} · ${field.field}`;
  const placeholder = formatMessage({
    id: getTranslation('masking.nobody'),
    defaultMessage: 'Nobody',
  });
  return (
    <Tr>
      <Td>
        <Typography textColor="neutral800">{typeLabel}</Typography>
      </Td>
      <Td>
        <Typography textColor="neutral800" fontWeight="bold">
          {field.field}
        </Typography>
      </Td>
      <Td>
        <Typography textColor="neutral600">{EXAMPLES[field.kind]}</Typography>
      </Td>
      <Td>
        <Field.Root name={`admin-${field.contentType}-${field.field}`}>
          <MultiSelect
            aria-label={formatMessage(
              {
                id: getTranslation('masking.adminRolesOf'),
                defaultMessage: 'Admin roles that see {name} masked',
              },
              { name },
            )}
            value={rule.adminRoles.map(String)}
            disabled={disabled}
            withTags
            placeholder={placeholder}
            onChange={(values: string[]) => onChange({ ...rule, adminRoles: values.map(Number) })}
          >
            {roles.adminRoles.map((role) => (
              <MultiSelectOption key={role.id} value={String(role.id)}>
                {role.name}
              </MultiSelectOption>
            ))}
          </MultiSelect>
        </Field.Root>
      </Td>
      <Td>
        <Field.Root name={`api-${field.contentType}-${field.field}`}>
          <MultiSelect
            aria-label={formatMessage(
              {
                id: getTranslation('masking.apiRolesOf'),
                defaultMessage: 'API roles that see {name} masked',
              },
              { name },
            )}
            value={rule.apiRoles}
            disabled={disabled}
            withTags
            placeholder={placeholder}
            onChange={(values: string[]) => onChange({ ...rule, apiRoles: values })}
          >
            {roles.apiRoles.map((role) => (
              <MultiSelectOption key={role.type} value={role.type}>
                {role.name}
              </MultiSelectOption>
            ))}
          </MultiSelect>
        </Field.Root>
      </Td>
      <Td>
        <Checkbox
          aria-label={formatMessage(
            {
              id: getTranslation('masking.apiTokensOf'),
              defaultMessage: 'API tokens see {name} masked',
            },
            { name },
          )}
          checked={rule.apiTokens}
          disabled={disabled}
          onCheckedChange={(checked) => onChange({ ...rule, apiTokens: checked === true })}
        />
      </Td>
    </Tr>
  );
};
