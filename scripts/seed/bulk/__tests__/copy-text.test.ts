import fc from 'fast-check';
import pg from 'pg';
import { CopyBatch, createValueEncoder, escapeCopyText, formatTimestamp } from '../copy-text';

/** The COPY text the loader would send for `rows` of one table. */
const encodeCopyRows = (rows: readonly Record<string, unknown>[]): string => {
  const batch = new CopyBatch();
  for (const row of rows) batch.add('t', row);
  return Buffer.concat([...batch.tables()].flatMap((table) => table.chunks)).toString('utf8');
};

// pg's own parameter conversion (what an INSERT through knex sends), to compare Dates against.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { prepareValue } = require('pg/lib/utils') as { prepareValue: (value: unknown) => unknown };

/**
 * A reference reader of COPY's text format, written from PostgreSQL's documentation ("COPY", File
 * Formats, Text Format): lines end with a newline, columns are split on tabs, `\N` alone is NULL, and
 * a backslash introduces \b \f \n \r \t \v, an octal (1–3 digits) or hex (x + 1–2 digits) byte
 * value, or stands before any other character taken literally.
 */
const decodeCopyText = (text: string): (string | null)[][] => {
  expect(text === '' || text.endsWith('\n')).toBe(true);
  const lines = text === '' ? [] : text.slice(0, -1).split('\n');
  const simple: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
  return lines.map((line) =>
    line.split('\t').map((field) => {
      if (field === '\\N') return null;
      let value = '';
      for (let index = 0; index < field.length; index += 1) {
        const character = field[index];
        if (character !== '\\') {
          value += character;
          continue;
        }
        const next = field[(index += 1)];
        const octal = /^[0-7]{1,3}/.exec(field.slice(index));
        const hex = /^x([0-9a-fA-F]{1,2})/.exec(field.slice(index));
        if (next in simple) value += simple[next];
        else if (octal) {
          value += String.fromCharCode(parseInt(octal[0], 8));
          index += octal[0].length - 1;
        } else if (hex) {
          value += String.fromCharCode(parseInt(hex[1], 16));
          index += hex[0].length - 1;
        } else value += next;
      }
      return value;
    }),
  );
};

/** Text that stresses the format: the escaped characters, `\N` lookalikes, digits after backslashes, non-ASCII. */
const trickyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '\\',
      '\t',
      '\n',
      '\r',
      'N',
      '\\N',
      '0',
      '7',
      'x',
      'b',
      ',',
      '"',
      "'",
      '\v',
      '\f',
      '字',
      '😀',
    ),
    fc.string({ unit: 'grapheme', maxLength: 1 }),
  ),
  maxLength: 30,
});

describe('COPY text encoding', () => {
  it('round-trips any rows of text and NULLs through a reference reader of the format', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((width) =>
          fc.array(
            fc.array(fc.option(trickyText, { nil: null }), {
              minLength: width,
              maxLength: width,
            }),
            { maxLength: 8 },
          ),
        ),
        (table) => {
          const rows = table.map((values) =>
            Object.fromEntries(values.map((value, index) => [`c${index}`, value])),
          );
          expect(decodeCopyText(encodeCopyRows(rows))).toEqual(table);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps the string "\\N" apart from NULL, and an empty string apart from both', () => {
    expect(encodeCopyRows([{ a: '\\N', b: null, c: '' }])).toBe('\\\\N\t\\N\t\n');
    expect(decodeCopyText('\\\\N\t\\N\t\n')).toEqual([['\\N', null, '']]);
  });

  it('writes numbers, booleans, JSON text and missing values as PostgreSQL reads them', () => {
    const encode = createValueEncoder();
    expect([42, -1.5, 1e21, true, false, undefined, null].map(encode)).toEqual([
      '42',
      '-1.5',
      '1e+21',
      't',
      'f',
      '\\N',
      '\\N',
    ]);
    const json = JSON.stringify({ note: 'line 1\nline 2\ttab \\ backslash', list: [1, 'two'] });
    expect(decodeCopyText(`${encode(json)}\n`)).toEqual([[json]]);
    expect(encode({ a: 'b\\c' })).toBe(escapeCopyText(JSON.stringify({ a: 'b\\c' })));
  });

  it('formats every Date exactly as the pg driver sends it (local time with offset; BC years)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(-62_198_755_200_000),
          max: new Date('9999-12-31T23:59:59.999Z'),
          noInvalidDate: true,
        }),
        (date) => {
          expect(formatTimestamp(date)).toBe(prepareValue(date));
        },
      ),
      { numRuns: 1_000 },
    );
    const utc = pg.defaults as { parseInputDatesAsUTC?: boolean };
    utc.parseInputDatesAsUTC = true;
    try {
      const date = new Date('2026-11-01T12:34:56.789Z');
      expect(formatTimestamp(date)).toBe(prepareValue(date));
    } finally {
      utc.parseInputDatesAsUTC = false;
    }
  });

  it('reuses the text of a Date it has just formatted, and notices a different one', () => {
    const encode = createValueEncoder();
    const now = new Date('2026-11-01T00:00:00Z');
    const later = new Date('2026-11-02T00:00:00Z');
    expect([encode(now), encode(now), encode(later)]).toEqual([
      prepareValue(now),
      prepareValue(now),
      prepareValue(later),
    ]);
  });
});

describe('CopyBatch', () => {
  it('keeps each table in the order it was first seen, with the columns of its first row, across chunk boundaries', () => {
    const batch = new CopyBatch();
    // Enough multi-byte text to fill several 256 KB chunks.
    const notes = Array.from(
      { length: 3_000 },
      (_, index) => `客户 ${index}\t${'é'.repeat(100)}\\`,
    );
    notes.forEach((note, index) => {
      batch.add('customers', { id: index + 1, note, vip: index % 2 === 0 });
      batch.add('customers_owner_lnk', { customer_id: index + 1, user_id: null });
    });
    const tables = [...batch.tables()];
    expect(tables.map(({ table, columns }) => [table, columns])).toEqual([
      ['customers', ['id', 'note', 'vip']],
      ['customers_owner_lnk', ['customer_id', 'user_id']],
    ]);
    expect(tables[0].chunks.length).toBeGreaterThan(1);
    const customers = decodeCopyText(Buffer.concat(tables[0].chunks).toString('utf8'));
    expect(customers).toEqual(
      notes.map((note, index) => [String(index + 1), note, index % 2 === 0 ? 't' : 'f']),
    );
    expect(decodeCopyText(Buffer.concat(tables[1].chunks).toString('utf8'))).toHaveLength(3_000);
  });
});
