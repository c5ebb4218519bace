import fc from 'fast-check';
import { createEnumerationReader } from '../enumeration';

const option = (value: string, en: string, zh: string) => ({
  value,
  labels: { en, 'zh-Hans': zh },
});
const TIERS = [
  option('strategic', 'Strategic', '战略客户'),
  option('key', 'Key', '重点客户'),
  option('regular', 'Regular', '一般客户'),
  option('prospect', 'Prospect', '潜在客户'),
];
const SEVERITIES = [
  option('low', 'Low', '低'),
  option('medium', 'Medium', '中'),
  option('high', 'High', '高'),
  option('critical', 'Critical', '严重'),
];

describe('enumeration cells', () => {
  const readTier = createEnumerationReader(TIERS);

  it('takes the value key or a label in either language as written', () => {
    expect(readTier('key')).toEqual({ value: 'key', interpreted: false });
    expect(readTier(' Strategic ')).toEqual({ value: 'strategic', interpreted: false });
    expect(readTier('重点客户')).toEqual({ value: 'key', interpreted: false });
  });

  it('interprets a unique prefix or a unique part of a label (重点 → key)', () => {
    expect(readTier('重点')).toEqual({ value: 'key', interpreted: true });
    expect(readTier('战略')).toEqual({ value: 'strategic', interpreted: true });
    expect(readTier('regul')).toEqual({ value: 'regular', interpreted: true });
    expect(readTier('一般')).toEqual({ value: 'regular', interpreted: true });
    // Not a prefix, but in one label only.
    expect(readTier('潜在')).toEqual({ value: 'prospect', interpreted: true });
    expect(createEnumerationReader(SEVERITIES)('严')).toHaveProperty('error');
  });

  it('refuses an ambiguous text naming the candidates', () => {
    const reading = readTier('客户');
    expect(reading).toEqual({
      error: expect.stringContaining('"客户" could be any of strategic (战略客户), key (重点客户)'),
      candidates: ['strategic', 'key', 'regular', 'prospect'],
    });
  });

  it('refuses what is in no label, and texts too short to stand for one', () => {
    expect(readTier('VIP客户')).toEqual({
      error:
        '"VIP客户" is not one of strategic (战略客户), key (重点客户), regular (一般客户), prospect (潜在客户)',
      candidates: [],
    });
    expect(readTier('重')).toHaveProperty('error');
    expect(readTier('ke')).toHaveProperty('error');
  });

  it('never interprets a text as a value none of whose names contains it', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.constantFrom('重点', '客户', '战', 'pro', 'Str')),
        (text) => {
          const reading = readTier(text);
          if ('value' in reading && reading.interpreted) {
            const chosen = TIERS.find((tier) => tier.value === reading.value)!;
            const key = text
              .normalize('NFKC')
              .toLowerCase()
              .replace(/[\s\p{P}\p{S}]+/gu, '');
            expect(
              [chosen.value, chosen.labels.en, chosen.labels['zh-Hans']].some((name) =>
                name.toLowerCase().includes(key),
              ),
            ).toBe(true);
          }
        },
      ),
    );
  });
});
