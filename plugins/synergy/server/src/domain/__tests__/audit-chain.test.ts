import {
  GENESIS_HASH,
  canonicalEntry,
  chainEntries,
  chainHash,
  verifySequence,
  type ChainedRow,
} from '../audit-chain';

const entry = (recordId: string, extra: Record<string, unknown> = {}) => ({
  occurredAt: new Date('2026-01-02T03:04:05.678Z'),
  actorType: 'admin',
  actorId: 7,
  actorName: '张三',
  action: 'update',
  contentType: 'api::customer.customer',
  recordId,
  classification: 'internal',
  changedFields: ['name', 'region'],
  ip: '10.0.0.1',
  details: { b: 1, a: { d: [1, 2], c: null } },
  ...extra,
});

/** Rows as a database answers them: ids, ISO dates, JSON keys in another order. */
const stored = (count: number): { rows: ChainedRow[]; head: string } => {
  const { entries, head } = chainEntries(
    GENESIS_HASH,
    Array.from({ length: count }, (_, index) => entry(`r${index}`)),
  );
  return {
    rows: entries.map((row, index) => ({
      ...row,
      id: index + 1,
      documentId: `doc${index}`,
      createdAt: new Date().toISOString(),
      occurredAt: row.occurredAt.toISOString(),
      details: { a: { c: null, d: [1, 2] }, b: 1 },
    })),
    head,
  };
};

describe('canonicalEntry', () => {
  it('is the same for the written entry and the row read back (dates, key order, ids, undefined)', () => {
    const written = entry('x', { details: undefined });
    const read = {
      ...entry('x', { details: null }),
      id: 3,
      documentId: 'abc',
      updatedAt: 'now',
      occurredAt: '2026-01-02T03:04:05.678Z',
      actorId: '7',
    };
    expect(canonicalEntry(read)).toBe(canonicalEntry(written));
  });

  it('differs when any recorded field differs', () => {
    const base = canonicalEntry(entry('x'));
    for (const change of [
      { recordId: 'y' },
      { actorId: 8 },
      { changedFields: ['name'] },
      { occurredAt: new Date('2026-01-02T03:04:05.679Z') },
      { details: { b: 2, a: { d: [1, 2], c: null } } },
      { ip: null },
    ])
      expect(canonicalEntry(entry('x', change))).not.toBe(base);
  });
});

describe('chainHash', () => {
  it('is sha256 hex of the previous hash and the entry, so it depends on both', () => {
    const hash = chainHash(GENESIS_HASH, entry('x'));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(chainHash('1'.repeat(64), entry('x'))).not.toBe(hash);
  });
});

describe('verifySequence', () => {
  const anchor = { hash: GENESIS_HASH, entryId: 0 };

  it('accepts an untouched chain and counts its entries', () => {
    const { rows, head } = stored(5);
    expect(verifySequence(anchor, rows, { hash: head, entryId: 5 })).toEqual({
      ok: true,
      checked: 5,
      headEntryId: 5,
    });
  });

  it('names the first edited entry', () => {
    const { rows, head } = stored(5);
    rows[2] = { ...rows[2], actorName: '李四' };
    rows[3] = { ...rows[3], ip: '1.2.3.4' };
    expect(verifySequence(anchor, rows, { hash: head, entryId: 5 })).toMatchObject({
      ok: false,
      brokenEntryId: 3,
      checked: 2,
    });
  });

  it('names the entry after a removed one, and an inserted one', () => {
    const { rows, head } = stored(5);
    expect(
      verifySequence(anchor, [...rows.slice(0, 1), ...rows.slice(2)], { hash: head, entryId: 5 }),
    ).toMatchObject({ ok: false, brokenEntryId: 3 });
    const inserted = { ...rows[1], id: 99, recordId: 'forged', hash: rows[1].hash };
    expect(
      verifySequence(anchor, [rows[0], inserted, ...rows.slice(1)], { hash: head, entryId: 5 }),
    ).toMatchObject({ ok: false, brokenEntryId: 99 });
  });

  it('a re-hashed edit still breaks at the next entry', () => {
    const { rows, head } = stored(3);
    const forged = { ...rows[1], recordId: 'forged' };
    forged.hash = chainHash(rows[0].hash as string, forged);
    expect(
      verifySequence(anchor, [rows[0], forged, rows[2]], { hash: head, entryId: 3 }),
    ).toMatchObject({ ok: false, brokenEntryId: 3 });
  });

  it('reports removed newest entries as a missing head', () => {
    const { rows, head } = stored(4);
    expect(verifySequence(anchor, rows.slice(0, 3), { hash: head, entryId: 4 })).toEqual({
      ok: false,
      checked: 3,
      brokenEntryId: null,
      reason: 'head-missing',
    });
  });

  it('verifies what is left after archiving from the last archived hash', () => {
    const { rows, head } = stored(6);
    expect(
      verifySequence({ hash: rows[2].hash as string, entryId: 3 }, rows.slice(3), {
        hash: head,
        entryId: 6,
      }),
    ).toMatchObject({ ok: true, checked: 3 });
  });
});
