import {
  completeSettings,
  defaultRule,
  effectiveState,
  isGoverned,
  lowersClassification,
  removedItems,
} from '../dual-control';

describe('isGoverned', () => {
  const on = { enabled: true, approverRoles: [1], expiresAfterHours: 24 };
  it('holds an enabled action, an export only above its threshold', () => {
    expect(isGoverned('merge-customers', on)).toBe(true);
    expect(isGoverned('merge-customers', { ...on, enabled: false })).toBe(false);
    expect(isGoverned('export-records', { ...on, threshold: 2 }, 2)).toBe(false);
    expect(isGoverned('export-records', { ...on, threshold: 2 }, 3)).toBe(true);
  });
});

describe('effectiveState', () => {
  const now = new Date('2026-12-06T12:00:00Z');
  it('reads a pending or approved request past its deadline as expired', () => {
    expect(effectiveState({ state: 'pending', expiresAt: '2026-12-06T11:59:59Z' }, now)).toBe(
      'expired',
    );
    expect(effectiveState({ state: 'approved', expiresAt: '2026-12-06T11:00:00Z' }, now)).toBe(
      'expired',
    );
    expect(effectiveState({ state: 'pending', expiresAt: '2026-12-06T13:00:00Z' }, now)).toBe(
      'pending',
    );
    expect(effectiveState({ state: 'executed', expiresAt: '2026-12-06T11:00:00Z' }, now)).toBe(
      'executed',
    );
  });
});

describe('lowersClassification', () => {
  it('is true only for a lower valid level', () => {
    expect(lowersClassification('secret', 'internal')).toBe(true);
    expect(lowersClassification('internal', 'secret')).toBe(false);
    expect(lowersClassification('internal', undefined)).toBe(false);
    expect(lowersClassification('internal', 'bogus')).toBe(false);
  });
});

describe('removedItems', () => {
  it('compares stored and incoming lists by identity', () => {
    expect(removedItems(['A', 'B'], ['B'])).toEqual(['A']);
    expect(removedItems(['A', 'B'], ['B', 'A', 'C'])).toEqual([]);
    expect(removedItems(['A'], undefined)).toEqual([]);
    expect(removedItems(['A'], null)).toEqual(['A']);
    expect(removedItems([{ documentId: 'x' }, { documentId: 'y' }], { set: ['y'] })).toEqual(['x']);
    expect(removedItems([{ documentId: 'x' }], { disconnect: [{ documentId: 'x' }] })).toEqual([
      'x',
    ]);
    expect(removedItems([{ documentId: 'x' }], { connect: [{ documentId: 'z' }] })).toEqual([]);
  });
});

describe('completeSettings', () => {
  it('gives every action its default and ignores malformed rules', () => {
    const settings = completeSettings({ 'merge-customers': { enabled: 'yes' } });
    expect(settings['merge-customers']).toEqual(defaultRule('merge-customers'));
    expect(settings['export-records'].threshold).toBe(100);
  });
});
