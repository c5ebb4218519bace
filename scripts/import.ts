/**
 * `npm run import -- --type customers --file data.csv [--commit] [--on-duplicate skip|update|create]
 *  [--skip-invalid] [--mapping mapping.json] [--report errors.csv]`
 *
 * The same import as the admin page (the plugin's import service), run by an administrator on the
 * server: it runs as the system, with full clearance and no content-manager permissions to check,
 * as seeding does; the audit entry names the system as the actor. Prints the report; the row errors
 * go to --report as CSV (else they are printed as a table). Exit code 1 when rows are invalid and
 * --commit was asked, or when the import fails; nothing is written then unless --skip-invalid.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  DUPLICATE_ACTIONS,
  IMPORTABLE_TYPES,
  type DuplicateAction,
  type ImportableType,
} from '../plugins/synergy/shared/contracts/import';
import type { ImportService } from '../plugins/synergy/server/src/services/import';
import { toCsv } from '../plugins/synergy/server/src/utils/csv';
import { withStrapi } from './seed/setup';

interface ImportArguments {
  type: ImportableType;
  file: string;
  commit: boolean;
  skipInvalid: boolean;
  onDuplicate: DuplicateAction;
  mapping?: Record<string, string | null>;
  report?: string;
}

const USAGE = `usage: npm run import -- --type <${IMPORTABLE_TYPES.join('|')}> --file <data.csv|data.xlsx> [--commit] [--on-duplicate skip|update|create] [--skip-invalid] [--mapping mapping.json] [--report errors.csv]`;

export const parseImportArguments = (argv: string[]): ImportArguments => {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (!argument.startsWith('--')) throw new Error(`unexpected argument ${argument}\n${USAGE}`);
    const [name, inline] = argument.slice(2).split('=', 2);
    if (['commit', 'skip-invalid'].includes(name)) flags.add(name);
    else if (inline !== undefined) values.set(name, inline);
    else if (index + 1 < argv.length) values.set(name, argv[++index]);
    else throw new Error(`--${name} needs a value\n${USAGE}`);
  }
  const unknown = [...values.keys()].filter(
    (name) => !['type', 'file', 'on-duplicate', 'mapping', 'report'].includes(name),
  );
  if (unknown.length > 0) throw new Error(`unknown option --${unknown[0]}\n${USAGE}`);
  const type = values.get('type');
  if (!type || !(IMPORTABLE_TYPES as readonly string[]).includes(type))
    throw new Error(`--type must be one of ${IMPORTABLE_TYPES.join(', ')}\n${USAGE}`);
  const file = values.get('file');
  if (!file || !fs.existsSync(file)) throw new Error(`--file must name an existing file\n${USAGE}`);
  const onDuplicate = values.get('on-duplicate') ?? 'skip';
  if (!(DUPLICATE_ACTIONS as readonly string[]).includes(onDuplicate))
    throw new Error(`--on-duplicate must be ${DUPLICATE_ACTIONS.join(', ')}`);
  const mappingFile = values.get('mapping');
  return {
    type: type as ImportableType,
    file: path.resolve(file),
    commit: flags.has('commit'),
    skipInvalid: flags.has('skip-invalid'),
    onDuplicate: onDuplicate as DuplicateAction,
    mapping: mappingFile
      ? (JSON.parse(fs.readFileSync(mappingFile, 'utf8')) as Record<string, string | null>)
      : undefined,
    report: values.get('report'),
  };
};

const main = async () => {
  const options = parseImportArguments(process.argv.slice(2));
  const report = await withStrapi((strapi) =>
    (strapi.plugin('synergy').service('import') as ImportService).run({
      type: options.type,
      file: { path: options.file, name: path.basename(options.file) },
      mapping: options.mapping,
      mode: options.commit ? 'commit' : 'dry-run',
      onDuplicate: options.onDuplicate,
      skipInvalid: options.skipInvalid,
      onProgress: ({ phase, done, total }) =>
        process.stderr.write(`${phase} ${done}${total === null ? '' : `/${total}`}\n`),
    }),
  );
  const { errors, preview: _preview, duplicates, interpreted, ...summary } = report;
  console.log(
    JSON.stringify(
      { ...summary, duplicates: duplicates.length, interpreted: interpreted.length },
      null,
      2,
    ),
  );
  // Cells read from abbreviations (重点 → key), for the administrator to check.
  if (interpreted.length > 0) console.table(interpreted.slice(0, 100));
  if (options.report) {
    fs.writeFileSync(
      options.report,
      toCsv(errors as unknown as Array<Record<string, unknown>>, ['line', 'field', 'reason']),
    );
    console.log(`${errors.length} row errors written to ${options.report}`);
  } else if (errors.length > 0) {
    console.table(errors);
  }
  return options.commit && report.rows.invalid > 0 ? 1 : 0;
};

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
