import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { GetImportTypes, ImportableType } from '../../../../shared/contracts/import';
import { CRM_TYPES, crmType } from '../../domain/crm-content-types';
import { foldHeader } from '../../domain/import/convert';
import { getModel, type ModelAttribute } from '../../utils/get-model';

export interface Labels {
  en: string;
  'zh-Hans': string;
}

/** A field a file column can fill, with what converting and checking a cell needs. */
export interface ImportField {
  name: string;
  type: string;
  required: boolean;
  labels: Labels;
  maxLength?: number;
  min?: number;
  max?: number;
  options?: Array<{ value: string; labels: Labels }>;
  relation?: { uid: string; target: string; matchBy: string[] };
}

/** Stored text fields longer than this are refused per row (Strapi's own text has no limit; a cell of megabytes is a mistake). */
export const MAX_TEXT_LENGTH = 10_000;
const MAX_STRING_LENGTH = 255;
const SCALAR_TYPES = [
  'string',
  'text',
  'email',
  'enumeration',
  'integer',
  'biginteger',
  'decimal',
  'float',
  'boolean',
  'date',
  'datetime',
  'json',
];
export const uidOfType = (type: ImportableType): string => {
  const found = CRM_TYPES.find((descriptor) => descriptor.pluralName === type);
  if (!found) throw new Error(`No content type is named ${type}`);
  return found.uid;
};

const readTranslations = (strapi: Core.Strapi, locale: keyof Labels): Record<string, string> => {
  // The labels the admin panel shows for types, fields and enumeration values (read, not copied).
  const file = path.join(strapi.dirs.app.root, 'src', 'admin', 'translations', `${locale}.json`);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  } catch {
    strapi.log.warn(
      `[synergy] import: no admin translations at ${file}; headers match field names only`,
    );
    return {};
  }
};

/** The importable fields of each type, built once per process from the schemas and the admin's labels. */
export const createFieldCatalogue = (strapi: Core.Strapi) => {
  let translations: Record<keyof Labels, Record<string, string>> | null = null;
  const labelOf = (key: string, fallback: string): Labels => {
    translations ??= {
      en: readTranslations(strapi, 'en'),
      'zh-Hans': readTranslations(strapi, 'zh-Hans'),
    };
    return {
      en: translations.en[key] ?? fallback,
      'zh-Hans': translations['zh-Hans'][key] ?? fallback,
    };
  };
  const cache = new Map<string, ImportField[]>();

  const fieldOf = (uid: string, name: string, attribute: ModelAttribute): ImportField | null => {
    const labels = labelOf(`content-manager.content-types.${uid}.${name}`, name);
    // A required field with a default (classification: internal) may be left out of the file.
    const base = {
      name,
      required: Boolean(attribute.required) && attribute.default === undefined,
      labels,
    };
    if (attribute.type === 'relation') {
      const target = attribute.target ?? '';
      const toOne = attribute.relation === 'manyToOne' || attribute.relation === 'oneToOne';
      // To-many relations (contacts of an interaction, strategies of a feedback) and owners (admin users) are not in a flat file.
      const descriptor = crmType(target);
      if (!toOne || !descriptor) return null;
      return {
        ...base,
        type: 'relation',
        relation: {
          uid: target,
          target: descriptor.pluralName,
          matchBy: [...descriptor.matchFields],
        },
      };
    }
    if (!SCALAR_TYPES.includes(attribute.type) || attribute.private) return null;
    const field: ImportField = { ...base, type: attribute.type };
    if (attribute.type === 'string' || attribute.type === 'email')
      field.maxLength = attribute.maxLength ?? MAX_STRING_LENGTH;
    if (attribute.type === 'text') field.maxLength = attribute.maxLength ?? MAX_TEXT_LENGTH;
    if (attribute.min !== undefined) field.min = Number(attribute.min);
    if (attribute.max !== undefined) field.max = Number(attribute.max);
    if (attribute.enum)
      field.options = attribute.enum.map((value) => ({ value, labels: labelOf(value, value) }));
    return field;
  };

  const catalogue = {
    /** Importable fields: own scalar values and to-one relations to CRM records (components are not importable). */
    fieldsOf(uid: string): ImportField[] {
      const cached = cache.get(uid);
      if (cached) return cached;
      const ignored = ['createdAt', 'updatedAt', 'publishedAt', 'locale', 'documentId'];
      const fields = Object.entries(getModel(strapi, uid)?.attributes ?? {})
        .filter(([name]) => !ignored.includes(name))
        .map(([name, attribute]) => fieldOf(uid, name, attribute))
        .filter((field): field is ImportField => field !== null);
      cache.set(uid, fields);
      return fields;
    },

    /** The value of a label in either language (for list fields such as competitor domains). */
    valueOfLabel(text: string, values: readonly string[]): string | null {
      const key = foldHeader(text);
      return (
        values.find((value) =>
          [value, ...Object.values(labelOf(value, value))].some(
            (label) => foldHeader(label) === key,
          ),
        ) ?? null
      );
    },

    /** What GET /synergy/import/types shows of a field. */
    describe(field: ImportField): GetImportTypes.Field {
      return {
        name: field.name,
        type: field.relation ? `relation:${field.relation.target}` : field.type,
        required: field.required,
        labels: field.labels,
        ...(field.options ? { options: field.options } : {}),
        ...(field.relation
          ? { relation: { target: field.relation.target, matchBy: field.relation.matchBy } }
          : {}),
      };
    },
  };
  return catalogue;
};

export type FieldCatalogue = ReturnType<typeof createFieldCatalogue>;
