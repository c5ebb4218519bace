import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  IMPORTABLE_TYPES,
  type DuplicateAction,
  type GetImportTypes,
  type ImportableType,
  type ImportMode,
  type PostImport,
} from '../../../../shared/contracts/import';
import { PRODUCT_DOMAINS } from '../../../../shared/enumerations';
import { checkBusinessRules } from '../../domain/business-rules';
import { levelRank, type Classification } from '../../domain/classification';
import { CONFIRM_BELOW, proposeMatches } from '../../domain/import/header-match';
import { getModel } from '../../utils/get-model';
import { getService } from '../../utils/get-service';
import { convertRow, enumerationReaders, type RowConverter } from './convert-row';
import { createDuplicateFinder } from './duplicates';
import { createFieldCatalogue, uidOfType, type ImportField } from './fields';
import { detectFormat, readTable } from './read-table';
import { prefetchReferences } from './references';

export interface ImportRequest {
  type: ImportableType;
  /** The uploaded file on disk, and its name as sent. */
  file: { path: string; name: string | null };
  /** Column header → field name (null or "": ignored); else the saved mapping, else automatic matching. */
  mapping?: Record<string, string | null>;
  mode: ImportMode;
  onDuplicate: DuplicateAction;
  skipInvalid: boolean;
  onProgress?: (event: Extract<PostImport.StreamEvent, { event: 'progress' }>) => void;
  /** Aborted when the client goes away: a commit under way is rolled back. */
  signal?: AbortSignal;
}

const PREVIEW_ROWS = 20;
const WRITE_BATCH = 200;
const VALIDATE_BATCH = 5_000;
/** The report lists at most this many row errors; `errorsOmitted` counts the rest. */
const MAX_REPORTED_ERRORS = 10_000;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

const mappingStore = (strapi: Core.Strapi, type: ImportableType) =>
  strapi.store({ type: 'plugin', name: 'synergy', key: `import-mapping.${type}` });

const createImportService = ({ strapi }: { strapi: Core.Strapi }) => {
  const catalogue = createFieldCatalogue(strapi);

  /** Schema-required fields and the relations the business rules require (a contact's customer). */
  const fieldsOf = (uid: string): ImportField[] => {
    const ruleRequired = checkBusinessRules(uid, {}).map((violation) => violation.field);
    return catalogue
      .fieldsOf(uid)
      .map((field) => (ruleRequired.includes(field.name) ? { ...field, required: true } : field));
  };

  const savedMapping = async (type: ImportableType) =>
    ((await mappingStore(strapi, type).get({})) as Record<string, string> | null) ?? null;

  /**
   * The automatic proposal per column: the saved mapping for the headers it knows, then the other
   * headers matched to the remaining fields by name, label, synonym or similarity.
   */
  const proposalsOf = (
    type: ImportableType,
    uid: string,
    columns: string[],
    saved: Record<string, string> | null,
  ): PostImport.Report['proposals'] => {
    const fields = fieldsOf(uid);
    const fieldNames = fields.map((field) => field.name);
    const savedField = (header: string) =>
      saved && saved[header] && fieldNames.includes(saved[header]) ? saved[header] : null;
    const savedFields = new Set(columns.map(savedField).filter(Boolean));
    const matches = proposeMatches(
      type,
      // A header the saved mapping knows is not matched again ("" matches nothing).
      columns.map((header) => (savedField(header) ? '' : header)),
      fields.filter((field) => !savedFields.has(field.name)),
    );
    const proposals: PostImport.Report['proposals'] = {};
    columns.forEach((header, index) => {
      if (header in proposals) return;
      const field = savedField(header);
      const match = field
        ? { field, confidence: 1, method: 'saved' as const }
        : (matches[index] ?? null);
      proposals[header] = match && {
        ...match,
        needsConfirmation: match.confidence < CONFIRM_BELOW,
      };
    });
    return proposals;
  };

  /**
   * The mapping used: the request's (checked: every column in the file, every field importable,
   * no field twice), else the proposals.
   * @throws ValidationError naming `mapping`.
   */
  const resolveMapping = (
    uid: string,
    columns: string[],
    requested: ImportRequest['mapping'],
    proposals: PostImport.Report['proposals'],
  ) => {
    const mapping: Record<string, string | null> = {};
    if (!requested) {
      for (const header of columns) mapping[header] = proposals[header]?.field ?? null;
      return mapping;
    }
    const fieldNames = fieldsOf(uid).map((field) => field.name);
    const unknownColumns = Object.keys(requested).filter((header) => !columns.includes(header));
    if (unknownColumns.length > 0)
      throw new errors.ValidationError(
        `mapping names columns that are not in the file: ${unknownColumns.join(', ')}`,
      );
    const unknownFields = Object.values(requested).filter(
      (field): field is string => Boolean(field) && !fieldNames.includes(field as string),
    );
    if (unknownFields.length > 0)
      throw new errors.ValidationError(
        `mapping names fields that cannot be imported: ${unknownFields.join(', ')}`,
      );
    const targets = Object.values(requested).filter(Boolean);
    const twice = targets.filter((field, index) => targets.indexOf(field) !== index);
    if (twice.length > 0)
      throw new errors.ValidationError(
        `mapping maps more than one column to: ${[...new Set(twice)].join(', ')}`,
      );
    for (const header of columns) mapping[header] = requested[header] || null;
    return mapping;
  };

  const checkClearance = (
    data: Record<string, unknown>,
    uid: string,
    clearance: Classification | null,
    line: number,
  ): PostImport.RowError[] => {
    if (clearance === null) return [];
    const level = (data.classification ??
      getModel(strapi, uid)?.attributes.classification?.default) as Classification | undefined;
    if (!level || levelRank(level) <= levelRank(clearance)) return [];
    return [
      {
        line,
        field: 'classification',
        reason: `classification "${level}" is above your clearance "${clearance}"`,
      },
    ];
  };

  const service = {
    /** The importable types the caller may create (per `mayCreate`), with their fields and saved mappings. */
    async types(mayCreate: (uid: string) => boolean): Promise<GetImportTypes.ImportType[]> {
      const result: GetImportTypes.ImportType[] = [];
      for (const type of IMPORTABLE_TYPES) {
        const uid = uidOfType(type);
        if (!mayCreate(uid)) continue;
        result.push({
          type,
          uid,
          fields: fieldsOf(uid).map(catalogue.describe),
          savedMapping: await savedMapping(type),
        });
      }
      return result;
    },

    uidOf: (type: ImportableType) => uidOfType(type),

    /**
     * Reads, validates and (mode `commit`) writes a file's rows, all or nothing, through the
     * document service in one transaction, so every rule of the plugin applies to every record.
     * @throws ValidationError for an unreadable file or a bad mapping; a rule's error (with its line)
     * when a write fails mid-commit, after rolling everything back; ApplicationError when cancelled.
     */
    async run(request: ImportRequest): Promise<PostImport.Report> {
      const { type, mode, onDuplicate, onProgress, signal } = request;
      const uid = uidOfType(type);
      const fields = fieldsOf(uid);
      const checkCancelled = () => {
        if (signal?.aborted)
          throw new errors.ApplicationError('import cancelled: nothing was written');
      };

      const format = await detectFormat(request.file.path, request.file.name);
      const table = await readTable(request.file.path, format, (done) =>
        onProgress?.({ event: 'progress', phase: 'read', done, total: null }),
      );
      if (table.columns.length === 0) throw new errors.ValidationError('file has no header row');
      checkCancelled();

      const saved = await savedMapping(type);
      const proposals = proposalsOf(type, uid, table.columns, saved);
      const mapping = resolveMapping(uid, table.columns, request.mapping, proposals);
      const fieldByName = new Map(fields.map((field) => [field.name, field]));
      const columns = table.columns
        .map((header, index) => ({
          index,
          field:
            mapping[header] && table.columns.indexOf(header) === index
              ? fieldByName.get(mapping[header] as string)
              : undefined,
        }))
        .filter((column): column is { index: number; field: ImportField } => Boolean(column.field));
      const mappedFields = new Set(columns.map((column) => column.field.name));
      const unmappedRequired = new Set(
        fields
          .filter((field) => field.required && !mappedFields.has(field.name))
          .map((field) => field.name),
      );

      const converter: RowConverter = {
        fields,
        columns,
        enumerations: enumerationReaders(fields),
        // Competitor `domains` holds product domains (by value or label), as the product's enumeration lists them.
        listValue: (field, text) =>
          field.name === 'domains' ? catalogue.valueOfLabel(text, PRODUCT_DOMAINS) : text,
        resolve: await prefetchReferences(strapi, columns, table.rows),
        unmappedRequired,
      };
      const clearance = await getService(strapi, 'clearance').currentClearance();
      const findDuplicate = await createDuplicateFinder(strapi, uid, onDuplicate);

      const errorsFound: PostImport.RowError[] = [...unmappedRequired].map((field) => ({
        line: 1,
        field,
        reason: `no column is mapped to the required field ${field} (${fieldByName.get(field)!.labels['zh-Hans']})`,
      }));
      const duplicates: PostImport.Duplicate[] = [];
      const interpreted: PostImport.InterpretedCell[] = [];
      let interpretedCount = 0;
      const valid: Array<{ line: number; data: Record<string, unknown>; existing?: string }> = [];
      for (let start = 0; start < table.rows.length; start += VALIDATE_BATCH) {
        for (const { line, cells } of table.rows.slice(start, start + VALIDATE_BATCH)) {
          const row = convertRow(converter, line, cells);
          interpretedCount += row.interpreted.length;
          for (const cell of row.interpreted) {
            if (interpreted.length >= MAX_REPORTED_ERRORS) break;
            const { index, ...rest } = cell;
            interpreted.push({ line, column: table.columns[index], ...rest });
          }
          row.errors.push(...checkClearance(row.data, uid, clearance, line));
          if (row.errors.length === 0) {
            row.errors.push(
              ...checkBusinessRules(uid, row.data).map((violation) => ({
                line,
                field: violation.field,
                reason: violation.message,
              })),
            );
          }
          if (row.errors.length === 0 && unmappedRequired.size === 0) {
            const verdict = findDuplicate(line, row.data);
            if (verdict.error) row.errors.push(verdict.error);
            else {
              if (verdict.duplicate) duplicates.push(verdict.duplicate);
              valid.push({
                line,
                data: row.data,
                existing: verdict.duplicate?.existing.documentId,
              });
            }
          }
          errorsFound.push(...row.errors);
        }
        onProgress?.({
          event: 'progress',
          phase: 'validate',
          done: Math.min(start + VALIDATE_BATCH, table.rows.length),
          total: table.rows.length,
        });
        checkCancelled();
        await yieldToEventLoop();
      }

      const report: PostImport.Report = {
        type,
        mode,
        onDuplicate,
        columns: table.columns,
        mapping,
        proposals,
        rows: {
          total: table.rows.length,
          valid: valid.length,
          invalid: table.rows.length - valid.length,
        },
        errors: errorsFound.slice(0, MAX_REPORTED_ERRORS),
        duplicates,
        interpreted,
        preview: valid.slice(0, PREVIEW_ROWS).map(({ line, data }) => ({ line, data })),
      };
      if (errorsFound.length > MAX_REPORTED_ERRORS)
        report.errorsOmitted = errorsFound.length - MAX_REPORTED_ERRORS;
      if (interpretedCount > interpreted.length)
        report.interpretedOmitted = interpretedCount - interpreted.length;
      if (mode === 'dry-run') return report;

      const refused = report.rows.invalid > 0 && !request.skipInvalid;
      const counts = refused
        ? { created: 0, updated: 0, skipped: 0 }
        : await service.write(uid, valid, onDuplicate, onProgress, checkCancelled);
      Object.assign(report, counts, { committed: !refused });
      if (!refused) {
        await mappingStore(strapi, type).set({
          value: Object.fromEntries(Object.entries(mapping).filter(([, field]) => field)),
        });
      }
      const audit = getService(strapi, 'audit');
      audit.record({
        ...audit.currentActor(),
        occurredAt: new Date(),
        action: 'import',
        contentType: uid,
        recordId: null,
        classification: null,
        changedFields: null,
        details: {
          ...counts,
          invalid: report.rows.invalid,
          total: report.rows.total,
          onDuplicate,
          committed: !refused,
          format,
        },
      });
      return report;
    },

    /** All rows in one transaction: the first failure (or a cancel) rolls every row back. */
    async write(
      uid: string,
      rows: Array<{ line: number; data: Record<string, unknown>; existing?: string }>,
      onDuplicate: DuplicateAction,
      onProgress: ImportRequest['onProgress'],
      checkCancelled: () => void,
    ) {
      const counts = { created: 0, updated: 0, skipped: 0 };
      const documents = strapi.documents(uid as UID.ContentType);
      // On SQLite the transaction holds the single writer (and connection) until it ends.
      await strapi.db.transaction(async () => {
        for (let start = 0; start < rows.length; start += WRITE_BATCH) {
          for (const { line, data, existing } of rows.slice(start, start + WRITE_BATCH)) {
            try {
              if (existing && onDuplicate === 'skip') counts.skipped += 1;
              else if (existing && onDuplicate === 'update') {
                await documents.update({ documentId: existing, data } as never);
                counts.updated += 1;
              } else {
                await documents.create({ data } as never);
                counts.created += 1;
              }
            } catch (error) {
              if (error instanceof Error) error.message = `line ${line}: ${error.message}`;
              throw error;
            }
          }
          onProgress?.({
            event: 'progress',
            phase: 'write',
            done: Math.min(start + WRITE_BATCH, rows.length),
            total: rows.length,
          });
          checkCancelled();
          await yieldToEventLoop();
        }
      });
      // Also raised by each write at commit; awaited here so the answer is sent after cached analytics are stale.
      await getService(strapi, 'data-versions').bump([uid]);
      return counts;
    },
  };
  return service;
};

export type ImportService = ReturnType<typeof createImportService>;

export default createImportService;
