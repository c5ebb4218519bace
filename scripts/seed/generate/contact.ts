/** Contacts: each customer's own block of contacts, the first one usually a key decision maker. */
import { Random } from '../random';
import * as words from '../vocabulary';
import { classify } from './fields';
import { keyOf, pad } from './keys';
import type { SeedPlan, StreamRecord } from './types';

const chineseName = (random: Random) => {
  const [surname, pinyin] = random.pick(words.SURNAMES);
  const given = random.chance(0.7)
    ? random.pick(words.GIVEN_NAME_CHARACTERS) + random.pick(words.GIVEN_NAME_CHARACTERS)
    : random.pick(words.GIVEN_NAME_CHARACTERS);
  return { fullName: surname + given, pinyin };
};

export function* contactRecords(plan: SeedPlan): Generator<StreamRecord> {
  const random = Random.stream(plan.seed, 'contacts');
  for (const customer of plan.customers) {
    for (let offset = 0; offset < customer.contactCount; offset += 1) {
      const index = customer.contactStart + offset;
      const { fullName, pinyin } = chineseName(random);
      const isKey = offset === 0 ? random.chance(0.85) : random.chance(0.15);
      yield {
        key: keyOf('contact', index, 6),
        data: {
          fullName,
          position: random.pick(isKey ? words.POSITIONS_KEY : words.POSITIONS_OTHER),
          department: random.pick(words.DEPARTMENTS),
          phone: random.chance(0.7)
            ? `1${random.pick(['3', '5', '8', '9'])}${random.int(0, 9)}${pad(random.int(0, 99_999_999), 8)}`
            : `0${random.int(10, 99)}-${random.int(6, 8)}${pad(random.int(0, 9_999_999), 7)}`,
          email: random.chance(0.8)
            ? `${pinyin}${pad(index + 1, 6)}@${customer.key.replace(':', '')}.example.cn`
            : null,
          isKeyDecisionMaker: isKey,
          influence: isKey
            ? random.weighted({ high: 8, medium: 2 })
            : random.weighted({ low: 4, medium: 5, high: 1 }),
          notes: random.chance(0.2)
            ? random.pick([
                '技术出身，关注指标细节',
                '新到任',
                '对服务响应要求高',
                '倾向于国产方案',
              ])
            : null,
          classification: classify(random),
        },
        links: { customer: customer.key },
      };
    }
  }
}
