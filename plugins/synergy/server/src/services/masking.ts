import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { GetMasking, MaskingRule, MaskingSettings } from '../../../shared/contracts/masking';
import { CRM_TYPES, crmType } from '../domain/crm-content-types';
import { MASKABLE_TYPES, maskKindOf } from '../domain/masking';
import { getModel } from '../utils/get-model';
import { getService } from '../utils/get-service';
import { MASKING_KIND } from './data-versions';

const STORE_KEY = 'masking';
const SUPER_ADMIN_CODE = 'strapi-super-admin';

/** The fields masked for one caller, by content type. */
export type MaskedFields = (uid: string) => ReadonlySet<string>;

const NONE: ReadonlySet<string> = new Set();

interface RequestState {
  user?: { id: number; roles?: Array<{ id?: number; code?: string }>; role?: { type?: string } };
  synergyMasked?: Map<string, Set<string>> | null;
  /** The rules as this request read them (a public caller's masked fields are not kept, see below). */
  synergyMaskingRules?: Promise<MaskingRule[]>;
}

const isRule = (value: unknown): value is MaskingRule => {
  const rule = value as Partial<MaskingRule> | null;
  return (
    typeof rule?.contentType === 'string' &&
    typeof rule.field === 'string' &&
    Array.isArray(rule.adminRoles) &&
    Array.isArray(rule.apiRoles) &&
    typeof rule.apiTokens === 'boolean'
  );
};

const invalid = (path: string, message: string) =>
  new errors.ValidationError(message, {
    errors: [{ path: path.split(/[.[\]]+/).filter(Boolean), message, name: 'ValidationError' }],
  });

/** Masked fields: the rules (kept in the plugin store) and the fields masked for the current caller. */
const createMaskingService = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'synergy', key: STORE_KEY });

  /** The text fields of CRM types that can be masked: not the title field, which names records everywhere. */
  const maskableFields = (): GetMasking.MaskableField[] =>
    CRM_TYPES.flatMap((type) => {
      const attributes = getModel(strapi, type.uid)?.attributes ?? {};
      return Object.entries(attributes)
        .filter(
          ([name, attribute]) =>
            MASKABLE_TYPES.includes(attribute.type) && name !== type.titleField,
        )
        .map(([name, attribute]) => ({
          contentType: type.uid,
          field: name,
          kind: maskKindOf(name, attribute),
        }));
    });

  /**
   * The rules kept in memory with the data version they were read under. Any instance that writes
   * them raises the version, and every request reads it first (one indexed read, instead of the
   * rules themselves), so a rule changed on any instance applies from the next request on.
   */
  let kept: { version: string; rules: Promise<MaskingRule[]> } | null = null;

  const rulesUnder = async (): Promise<MaskingRule[]> => {
    // The counters are read on their own connection: inside a transaction (which holds SQLite's
    // only one) the rules are read through it instead, as before the cache.
    if (strapi.db.inTransaction()) return service.getRules();
    // The version before the rules: rules read afterwards are at least as new as it says.
    const version = await getService(strapi, 'data-versions').read([MASKING_KIND]);
    if (kept?.version !== version) {
      const rules = service.getRules();
      kept = { version, rules };
      rules.catch(() => {
        if (kept?.rules === rules) kept = null;
      });
    }
    return kept.rules;
  };

  /** The rules for the current request: read once per request, from memory while unchanged. */
  const requestRules = (state: RequestState): Promise<MaskingRule[]> => {
    state.synergyMaskingRules ??= rulesUnder();
    return state.synergyMaskingRules;
  };

  const service = {
    async getRules(): Promise<MaskingRule[]> {
      const stored: unknown = await store().get({});
      const rules = (stored as { rules?: unknown } | null)?.rules;
      return Array.isArray(rules) ? rules.filter(isRule) : [];
    },

    /** The rules with the fields and roles the settings page offers. */
    async getSettings(): Promise<GetMasking.Response> {
      const [rules, adminRoles, apiRoles] = await Promise.all([
        service.getRules(),
        strapi.db.query('admin::role').findMany({
          select: ['id', 'name', 'code'],
          orderBy: { id: 'asc' },
        }) as Promise<Array<{ id: number; name: string; code: string }>>,
        strapi.db.query('plugin::users-permissions.role').findMany({
          select: ['type', 'name'],
          orderBy: { id: 'asc' },
        }) as Promise<Array<{ type: string; name: string }>>,
      ]);
      return {
        data: { rules },
        meta: {
          fields: maskableFields(),
          adminRoles: adminRoles
            .filter((role) => role.code !== SUPER_ADMIN_CODE)
            .map(({ id, name }) => ({ id, name })),
          apiRoles: apiRoles.map(({ type, name }) => ({ type, name })),
        },
      };
    },

    /**
     * Replaces the rules; one rule per field (a repeated field's roles are merged).
     * @throws ValidationError naming the field (`rules[0].field`) for an unknown content type,
     * a field that cannot be masked, an unknown role or the Super Admin role.
     */
    async updateSettings(settings: MaskingSettings): Promise<MaskingSettings> {
      const { meta } = await service.getSettings();
      const adminRoleIds = new Set(meta.adminRoles.map((role) => role.id));
      const apiRoleTypes = new Set(meta.apiRoles.map((role) => role.type));
      const merged = new Map<string, MaskingRule>();
      settings.rules.forEach((rule, index) => {
        const at = `rules[${index}]`;
        if (!crmType(rule.contentType))
          throw invalid(
            `${at}.contentType`,
            `${at}.contentType "${rule.contentType}" is not a CRM content type`,
          );
        if (!meta.fields.some((f) => f.contentType === rule.contentType && f.field === rule.field))
          throw invalid(
            `${at}.field`,
            `${at}.field "${rule.field}" is not a text field of ${rule.contentType} that can be masked`,
          );
        rule.adminRoles.forEach((id, position) => {
          if (!adminRoleIds.has(id))
            throw invalid(
              `${at}.adminRoles[${position}]`,
              `${at}.adminRoles[${position}] ${id} is not an admin role that can be masked (the Super Admin sees every value)`,
            );
        });
        rule.apiRoles.forEach((type, position) => {
          if (!apiRoleTypes.has(type))
            throw invalid(
              `${at}.apiRoles[${position}]`,
              `${at}.apiRoles[${position}] "${type}" is not a Users & Permissions role`,
            );
        });
        const key = `${rule.contentType}#${rule.field}`;
        const previous = merged.get(key);
        merged.set(key, {
          contentType: rule.contentType,
          field: rule.field,
          adminRoles: [...new Set([...(previous?.adminRoles ?? []), ...rule.adminRoles])],
          apiRoles: [...new Set([...(previous?.apiRoles ?? []), ...rule.apiRoles])],
          apiTokens: Boolean(previous?.apiTokens) || rule.apiTokens,
        });
      });
      const rules = [...merged.values()];
      await store().set({ value: { rules } });
      kept = null;
      await getService(strapi, 'data-versions').bump([MASKING_KIND]);
      const audit = getService(strapi, 'audit');
      audit.record({
        ...audit.currentActor(),
        occurredAt: new Date(),
        action: 'update',
        contentType: 'plugin::synergy.masking',
        recordId: null,
        classification: null,
        changedFields: ['rules'],
        details: { rules: rules.length },
      });
      return { rules };
    },

    /**
     * The fields masked for the current caller, by content type, or null when nothing is masked
     * for them (code without a request and Super Admins never are). Cached on the request.
     */
    async currentMaskedFields(): Promise<MaskedFields | null> {
      const ctx = strapi.requestContext.get();
      if (!ctx) return null;
      const state = ctx.state as RequestState;
      if (state.synergyMasked !== undefined) return lookup(state.synergyMasked);
      const caller = getService(strapi, 'clearance').currentCaller();
      let applies: ((rule: MaskingRule) => boolean) | null = null;
      switch (caller.kind) {
        case 'system':
          return null;
        case 'admin': {
          if (caller.isSuperAdmin) break;
          const roleIds = (state.user?.roles ?? []).map((role) => role.id);
          // Roles add up, as Strapi's permissions do: a field one of the user's roles shows is shown.
          applies = (rule) =>
            roleIds.length > 0 &&
            roleIds.every((id) => id !== undefined && rule.adminRoles.includes(id));
          break;
        }
        case 'api-token':
          applies = (rule) => rule.apiTokens;
          break;
        case 'api-user': {
          const type = state.user?.role?.type;
          applies = (rule) => type !== undefined && rule.apiRoles.includes(type);
          break;
        }
        case 'public':
          // Not cached: authentication may still be under way.
          return lookup(
            byType((await requestRules(state)).filter((r) => r.apiRoles.includes('public'))),
          );
      }
      const found = applies ? byType((await requestRules(state)).filter(applies)) : null;
      state.synergyMasked = found;
      return lookup(found);
    },
  };
  return service;
};

const byType = (rules: MaskingRule[]): Map<string, Set<string>> | null => {
  if (rules.length === 0) return null;
  const map = new Map<string, Set<string>>();
  for (const rule of rules) {
    const fields = map.get(rule.contentType) ?? new Set<string>();
    fields.add(rule.field);
    map.set(rule.contentType, fields);
  }
  return map;
};

const lookup = (map: Map<string, Set<string>> | null): MaskedFields | null =>
  map ? (uid) => map.get(uid) ?? NONE : null;

export type MaskingService = ReturnType<typeof createMaskingService>;

export default createMaskingService;
