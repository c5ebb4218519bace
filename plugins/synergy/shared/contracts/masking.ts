/**
 * Masked fields (SPEC §1): which fields of which CRM types some callers see masked.
 * - GET /synergy/masking: the rules, with the fields that can be masked and the roles to choose from.
 * - PUT /synergy/masking: replaces the rules (400 naming the field for an unknown type, field or role).
 */
export interface MaskingRule {
  /** A CRM content type's uid, e.g. `api::contact.contact`. */
  contentType: string;
  /** A text field of it (string, text or e-mail), not its title field. */
  field: string;
  /** Admin roles (ids) that see it masked; a user with several roles sees it masked only if every one does. */
  adminRoles: number[];
  /** Users & Permissions roles (their `type`: `public`, `authenticated`, …) that see it masked on the content API. */
  apiRoles: string[];
  /** Whether API tokens see it masked on the content API. */
  apiTokens: boolean;
}

export interface MaskingSettings {
  rules: MaskingRule[];
}

export namespace GetMasking {
  export interface MaskableField {
    contentType: string;
    field: string;
    /** How its values are shown: `138****5678`, `z***@example.com`, `B***e`. */
    kind: 'phone' | 'email' | 'text';
  }
  export interface Response {
    data: MaskingSettings;
    meta: {
      fields: MaskableField[];
      adminRoles: Array<{ id: number; name: string }>;
      apiRoles: Array<{ type: string; name: string }>;
    };
  }
}

export namespace UpdateMasking {
  export type Request = MaskingSettings;
  export interface Response {
    data: MaskingSettings;
  }
}
