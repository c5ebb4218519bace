import type { PostImport } from '../../../../shared/contracts/import';
import {
  cellText,
  restoreNeutralisedFormula,
  toBoolean,
  toDate,
  toDateTime,
  toList,
  toNumber,
  type Cell,
  type Converted,
} from '../../domain/import/convert';
import { createEnumerationReader, type EnumerationReader } from '../../domain/import/enumeration';
import type { ImportField } from './fields';

/** A relation cell resolved to the related record's documentId, or why it could not be. */
export type ReferenceResolver = (
  field: ImportField,
  text: string,
  row: Record<string, unknown>,
) => Converted<string>;

export interface ConvertedRow {
  line: number;
  data: Record<string, unknown>;
  errors: PostImport.RowError[];
  /** Enumeration cells read by prefix or part of a label (column index, raw text, value stored). */
  interpreted: Array<{ index: number; field: string; raw: string; value: string }>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Enumeration fields by name → their reader (value key, label, unique prefix or unique part of a label). */
export const enumerationReaders = (fields: ImportField[]): Map<string, EnumerationReader> =>
  new Map(
    fields
      .filter((field) => field.options)
      .map((field) => [field.name, createEnumerationReader(field.options ?? [])]),
  );

export interface RowConverter {
  fields: ImportField[];
  /** Column index → field, for the mapped columns. */
  columns: Array<{ index: number; field: ImportField }>;
  enumerations: Map<string, EnumerationReader>;
  listValue: (field: ImportField, text: string) => string | null;
  resolve: ReferenceResolver;
  /** Required fields no column is mapped to: reported once for the file, not on every row. */
  unmappedRequired: Set<string>;
}

const convertScalar = (
  converter: RowConverter,
  field: ImportField,
  cell: Cell,
): Converted<unknown> & { interpreted?: boolean } => {
  switch (field.type) {
    case 'integer':
    case 'biginteger':
    case 'decimal':
    case 'float': {
      const number = toNumber(cell, {
        integer: field.type === 'integer' || field.type === 'biginteger',
      });
      if ('error' in number) return number;
      if (
        (field.min !== undefined && number.value < field.min) ||
        (field.max !== undefined && number.value > field.max)
      ) {
        return { error: `${number.value} is outside ${field.min ?? '…'}–${field.max ?? '…'}` };
      }
      return number;
    }
    case 'boolean':
      return toBoolean(cell);
    case 'date':
      return toDate(cell);
    case 'datetime':
      return toDateTime(cell);
    case 'enumeration': {
      const read = converter.enumerations.get(field.name);
      if (!read) return { error: `${field.name} has no values to choose from` };
      const reading = read(String(cell));
      return 'error' in reading ? { error: reading.error } : reading;
    }
    case 'json': {
      const items = toList(cell);
      const values = items.map((item) => converter.listValue(field, item));
      const unknown = items.filter((_, index) => values[index] === null);
      return unknown.length > 0
        ? { error: `unknown value(s): ${unknown.join(', ')}` }
        : { value: values };
    }
    default: {
      const text =
        typeof cell === 'string' ? restoreNeutralisedFormula(cell.trim()) : (cellText(cell) ?? '');
      if (field.maxLength !== undefined && text.length > field.maxLength) {
        return {
          error: `${text.length} characters is longer than the ${field.maxLength} this field allows`,
        };
      }
      if (field.type === 'email' && !EMAIL.test(text))
        return { error: `"${text}" is not an e-mail address` };
      return { value: text };
    }
  }
};

/** One row's cells into a record's data; every bad cell is an error naming the field. */
export const convertRow = (converter: RowConverter, line: number, cells: Cell[]): ConvertedRow => {
  const data: Record<string, unknown> = {};
  const errors: PostImport.RowError[] = [];
  const interpreted: ConvertedRow['interpreted'] = [];
  const relations: Array<{ field: ImportField; text: string }> = [];
  for (const { index, field } of converter.columns) {
    const cell = cells[index] ?? null;
    if (cellText(cell) === null) continue;
    if (field.relation) {
      relations.push({ field, text: cellText(cell) as string });
      continue;
    }
    const converted = convertScalar(converter, field, cell);
    if ('error' in converted) errors.push({ line, field: field.name, reason: converted.error });
    else {
      data[field.name] = converted.value;
      if (converted.interpreted)
        interpreted.push({
          index,
          field: field.name,
          raw: cellText(cell) as string,
          value: String(converted.value),
        });
    }
  }
  // Relations last, the customer first: a contact is looked up within the row's customer.
  relations.sort(
    (a, b) => Number(b.field.name === 'customer') - Number(a.field.name === 'customer'),
  );
  for (const { field, text } of relations) {
    const resolved = converter.resolve(field, text, data);
    if ('error' in resolved) errors.push({ line, field: field.name, reason: resolved.error });
    else data[field.name] = resolved.value;
  }
  for (const field of converter.fields) {
    const missing =
      data[field.name] === undefined && !errors.some((error) => error.field === field.name);
    if (field.required && missing && !converter.unmappedRequired.has(field.name)) {
      errors.push({ line, field: field.name, reason: `${field.name} is required` });
    }
  }
  return { line, data, errors, interpreted };
};
