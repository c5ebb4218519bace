import fc from 'fast-check';
import { checkStrategyStatusChange, strategyStatusFor } from '../strategy-status';

describe('checkStrategyStatusChange', () => {
  const STATUSES = ['draft', 'in_review', 'approved', 'active', 'completed', 'retired'] as const;

  it.each(STATUSES)('keeping the status %s is always allowed', (status) => {
    expect(checkStrategyStatusChange(status, status)).toEqual([]);
  });

  it.each([null, 'draft', 'in_review', 'active', 'completed', 'retired'])(
    'approved cannot be set from %s: only the workflow sets it',
    (from) => {
      expect(checkStrategyStatusChange(from, 'approved')).toEqual([
        {
          field: 'status',
          message: 'status can only become approved through the approval workflow',
        },
      ]);
    },
  );

  it('active only from approved', () => {
    expect(checkStrategyStatusChange('approved', 'active')).toEqual([]);
    for (const from of [null, 'draft', 'in_review', 'completed', 'retired']) {
      expect(checkStrategyStatusChange(from, 'active')).toEqual([
        { field: 'status', message: 'status can only become active from approved' },
      ]);
    }
  });

  it.each(['completed', 'retired'])('%s only from active', (to) => {
    expect(checkStrategyStatusChange('active', to)).toEqual([]);
    for (const from of [null, 'draft', 'in_review', 'approved']) {
      expect(checkStrategyStatusChange(from, to)).toEqual([
        { field: 'status', message: `status can only become ${to} from active` },
      ]);
    }
  });

  it('draft and in_review may be set from anywhere (the workflow moves them)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<string | null>(null, ...STATUSES),
        fc.constantFrom('draft', 'in_review'),
        (from, to) => checkStrategyStatusChange(from, to).length === 0,
      ),
    );
  });
});

describe('strategyStatusFor', () => {
  it('submit and the last approval carry the status; reject and withdraw take back only what the review set', () => {
    expect(strategyStatusFor('in_review', 'draft')).toBe('in_review');
    expect(strategyStatusFor('approved', 'in_review')).toBe('approved');
    expect(strategyStatusFor('changes_requested', 'in_review')).toBe('draft');
    expect(strategyStatusFor('draft', 'approved')).toBe('draft');
    expect(strategyStatusFor('draft', 'active')).toBeNull();
  });
});
