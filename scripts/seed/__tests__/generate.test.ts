import fs from 'node:fs';
import path from 'node:path';
import { checkBusinessRules } from '../../../plugins/synergy/server/src/domain/business-rules';
import { DEMO_ACCOUNTS } from '../accounts';
import { fingerprintDataset } from '../fingerprint';
import {
  DEFAULT_NOW,
  createPlan,
  generateDataset,
  generateInteractions,
  SLA_HOURS,
  STREAMS,
  type SeedRecord,
} from '../generate';
import { SCALES } from '../scales';

const root = path.resolve(__dirname, '../../..');

interface Attribute {
  type: string;
  enum?: string[];
  required?: boolean;
  min?: number;
  max?: number;
  maxLength?: number;
  component?: string;
  repeatable?: boolean;
  target?: string;
  relation?: string;
}
type Schema = { attributes: Record<string, Attribute> };

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Schema;
const contentTypeSchema = (uid: string): Schema => {
  const name = uid.split('.')[1];
  return readJson(path.join(root, 'src/api', name, 'content-types', name, 'schema.json'));
};
const componentSchema = (uid: string): Schema =>
  readJson(path.join(root, 'src/components', `${uid.replace('.', '/')}.json`));

/** Problems of `values` against a schema's attributes: enums, required fields, ranges, lengths. */
const schemaProblems = (
  schema: Schema,
  values: Record<string, unknown>,
  where: string,
  checkRequired = true,
): string[] => {
  const problems: string[] = [];
  for (const [field, value] of Object.entries(values)) {
    const attribute = schema.attributes[field];
    if (!attribute) {
      problems.push(`${where}.${field}: not in the schema`);
      continue;
    }
    if (attribute.type === 'relation') problems.push(`${where}.${field}: relation given as data`);
    if (value === null || value === undefined) continue;
    if (attribute.type === 'enumeration' && !attribute.enum!.includes(value as string)) {
      problems.push(`${where}.${field}: ${String(value)} not in ${attribute.enum!.join(',')}`);
    }
    if (['integer', 'decimal'].includes(attribute.type)) {
      if (typeof value !== 'number' || Number.isNaN(value))
        problems.push(`${where}.${field}: not a number`);
      if (attribute.type === 'integer' && !Number.isInteger(value))
        problems.push(`${where}.${field}: not an integer`);
      if (attribute.min !== undefined && (value as number) < attribute.min)
        problems.push(`${where}.${field}: below ${attribute.min}`);
      if (attribute.max !== undefined && (value as number) > attribute.max)
        problems.push(`${where}.${field}: above ${attribute.max}`);
    }
    if (
      ['string', 'uid', 'email'].includes(attribute.type) &&
      attribute.maxLength &&
      (value as string).length > attribute.maxLength
    ) {
      problems.push(`${where}.${field}: longer than ${attribute.maxLength}`);
    }
    if (attribute.type === 'datetime' && Number.isNaN(Date.parse(value as string)))
      problems.push(`${where}.${field}: not a datetime`);
    if (attribute.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value as string))
      problems.push(`${where}.${field}: not a date`);
    if (attribute.type === 'component') {
      const items = attribute.repeatable
        ? (value as Record<string, unknown>[])
        : [value as Record<string, unknown>];
      items.forEach((item, index) =>
        problems.push(
          ...schemaProblems(
            componentSchema(attribute.component!),
            item,
            `${where}.${field}[${index}]`,
          ),
        ),
      );
    }
  }
  if (checkRequired) {
    for (const [field, attribute] of Object.entries(schema.attributes)) {
      if (
        attribute.required &&
        attribute.type !== 'relation' &&
        (values[field] === null || values[field] === undefined)
      ) {
        problems.push(`${where}.${field}: required`);
      }
    }
  }
  return problems;
};

const demo = [...generateDataset()];
const byUid = (uid: string) => demo.filter((record) => record.uid === uid);

describe('demo seed generator', () => {
  it('gives byte-identical output for the same seed and scale', () => {
    const first = fingerprintDataset({ seed: 42, scale: 'demo' });
    const second = fingerprintDataset({ seed: 42, scale: 'demo', now: DEFAULT_NOW });
    expect(second.sha256).toBe(first.sha256);
    expect(JSON.stringify([...generateDataset({ seed: 42 })])).toBe(
      JSON.stringify([...generateDataset({ seed: 42 })]),
    );
  });

  it('gives different data for a different seed or a different reference date', () => {
    const base = fingerprintDataset({ seed: 1 }).sha256;
    expect(fingerprintDataset({ seed: 2 }).sha256).not.toBe(base);
    expect(fingerprintDataset({ seed: 1, now: '2027-01-01T00:00:00.000Z' }).sha256).not.toBe(base);
  });

  it('produces the counts of the demo scale (about 50 customers, a few thousand records)', () => {
    for (const stream of STREAMS)
      expect([stream.uid, byUid(stream.uid).length]).toEqual([
        stream.uid,
        SCALES.demo[stream.count],
      ]);
    expect(SCALES.demo.customers).toBe(50);
    expect(demo.length).toBeGreaterThan(2000);
    expect(demo.length).toBeLessThan(6000);
  });

  it('satisfies the business rules of the synergy plugin for every record', () => {
    const violations = demo.flatMap((record) =>
      checkBusinessRules(record.uid, { ...record.data, ...record.links }).map(
        (v) => `${record.key}: ${v.message}`,
      ),
    );
    expect(violations).toEqual([]);
  });

  it.each([
    [1, '2025-06-01T00:00:00.000Z'],
    [7, '2027-02-28T00:00:00.000Z'],
    [123456, DEFAULT_NOW],
  ])(
    'satisfies the business rules and schemas for other seeds too (seed %s, now %s)',
    (seed, now) => {
      const problems = [...generateDataset({ seed, now })].flatMap((record) => [
        ...checkBusinessRules(record.uid, { ...record.data, ...record.links }).map(
          (v) => `${record.key}: ${v.message}`,
        ),
        ...schemaProblems(contentTypeSchema(record.uid), record.data, record.key),
      ]);
      expect(problems).toEqual([]);
    },
  );

  it('uses only fields, enum values, ranges and components of the schemas', () => {
    const problems = demo.flatMap((record) => {
      const schema = contentTypeSchema(record.uid);
      const own = schemaProblems(schema, record.data, record.key);
      const localized = Object.entries(record.localizations ?? {}).flatMap(([locale, fields]) =>
        schemaProblems(schema, fields, `${record.key}@${locale}`, false),
      );
      const links = Object.keys(record.links)
        .filter((field) => schema.attributes[field]?.type !== 'relation')
        .map((field) => `${record.key}.${field}: not a relation`);
      return [...own, ...localized, ...links];
    });
    expect(problems).toEqual([]);
  });

  it('links only to records generated earlier (load order) or to demo accounts, of the right type', () => {
    const seen = new Map<string, string>();
    const accountKeys = new Set(DEMO_ACCOUNTS.map((account) => account.key));
    const problems: string[] = [];
    for (const record of demo) {
      const schema = contentTypeSchema(record.uid);
      for (const [field, value] of Object.entries(record.links)) {
        const target = schema.attributes[field].target!;
        for (const key of Array.isArray(value) ? value : [value]) {
          if (target === 'admin::user') {
            if (!accountKeys.has(key))
              problems.push(`${record.key}.${field} → unknown account ${key}`);
          } else if (seen.get(key) !== target) {
            problems.push(
              `${record.key}.${field} → ${key} (${seen.get(key) ?? 'not generated before'}, expected ${target})`,
            );
          }
        }
      }
      expect(seen.has(record.key)).toBe(false);
      seen.set(record.key, record.uid);
    }
    expect(problems).toEqual([]);
  });

  it('keeps unique values unique (customer and product codes)', () => {
    for (const uid of ['api::customer.customer', 'api::product.product']) {
      const codes = byUid(uid).map((record) => record.data.code);
      expect(new Set(codes).size).toBe(codes.length);
    }
  });

  it('covers every strategy dimension × status and every opportunity stage', () => {
    const combinations = new Set(
      byUid('api::strategy.strategy').map((r) => `${r.data.dimension}/${r.data.status}`),
    );
    expect(combinations.size).toBe(24);
    const stages = new Set(byUid('api::opportunity.opportunity').map((r) => r.data.stage));
    expect([...stages].sort()).toEqual([
      'abandoned',
      'bidding',
      'lead',
      'lost',
      'negotiation',
      'proposal',
      'qualification',
      'won',
    ]);
    const lost = byUid('api::opportunity.opportunity').filter((r) => r.data.stage === 'lost');
    expect(lost.some((r) => r.links.winner)).toBe(true);
    expect(
      byUid('api::strategy.strategy').some((r) => (r.links.feedbacks as string[]).length > 0),
    ).toBe(true);
    expect(
      byUid('api::strategy.strategy').some(
        (r) => (r.links.relatedStrategies as string[]).length > 0,
      ),
    ).toBe(true);
  });

  it('integrates some approved/active strategies at every clearance (the portfolio share is not 0)', () => {
    const levels = ['public', 'internal', 'confidential', 'secret'];
    const strategies = byUid('api::strategy.strategy');
    const byKey = new Map(strategies.map((r) => [r.key, r]));
    const partners = new Map(strategies.map((r) => [r.key, new Set<string>()]));
    for (const r of strategies)
      for (const other of r.links.relatedStrategies as string[]) {
        partners.get(r.key)!.add(other);
        partners.get(other)!.add(r.key);
      }
    const integrating = (r: SeedRecord) => ['approved', 'active'].includes(String(r.data.status));
    // SPEC §4, as the portfolio computes it for a caller who sees levels up to `clearance`.
    const share = (clearance: string) => {
      const visible = (r: SeedRecord) =>
        levels.indexOf(String(r.data.classification)) <= levels.indexOf(clearance);
      const governed = strategies.filter((r) => visible(r) && integrating(r));
      const integrated = governed.filter((r) =>
        [...partners.get(r.key)!].some((key) => {
          const other = byKey.get(key)!;
          return visible(other) && integrating(other) && other.data.dimension !== r.data.dimension;
        }),
      );
      return integrated.length / governed.length;
    };
    for (const clearance of ['internal', 'confidential', 'secret']) {
      expect({ clearance, positive: share(clearance) > 0 }).toEqual({ clearance, positive: true });
      expect({ clearance, whole: share(clearance) < 1 }).toEqual({ clearance, whole: true });
    }
  });

  it('gives the staff a Chinese interface and one user an English one', () => {
    const languages = DEMO_ACCOUNTS.map((account) => account.interfaceLanguage);
    expect(languages.filter((language) => language === 'en')).toHaveLength(1);
    expect(languages.filter((language) => language === 'zh-Hans')).toHaveLength(
      DEMO_ACCOUNTS.length - 1,
    );
  });

  it('keeps service tickets mostly within their SLA, with some breaches', () => {
    const tickets = byUid('api::service-ticket.service-ticket');
    expect(new Set(tickets.map((t) => t.data.priority))).toEqual(new Set(['p1', 'p2', 'p3', 'p4']));
    const resolved = tickets.filter((t) => t.data.resolvedAt);
    const within = resolved.filter((t) => {
      const hours =
        (Date.parse(t.data.resolvedAt as string) - Date.parse(t.data.openedAt as string)) /
        3_600_000;
      return hours <= SLA_HOURS[t.data.priority as string][1];
    });
    expect(within.length / resolved.length).toBeGreaterThan(0.75);
    expect(within.length).toBeLessThan(resolved.length);
    const now = Date.parse(DEFAULT_NOW);
    for (const record of [...tickets, ...byUid('api::feedback.feedback')]) {
      for (const field of [
        'acknowledgedAt',
        'respondedAt',
        'resolvedAt',
        'openedAt',
        'receivedAt',
      ]) {
        if (record.data[field])
          expect(Date.parse(record.data[field] as string)).toBeLessThanOrEqual(now);
      }
    }
  });

  it('classifies mostly internal, with public, confidential and a few secret records', () => {
    const levels = demo.reduce<Record<string, number>>((count, r) => {
      const level = r.data.classification as string;
      count[level] = (count[level] ?? 0) + 1;
      return count;
    }, {});
    expect(levels.internal / demo.length).toBeGreaterThan(0.5);
    expect(levels.public).toBeGreaterThan(0);
    expect(levels.confidential).toBeGreaterThan(0);
    expect(levels.secret).toBeGreaterThan(0);
    expect(levels.secret).toBeLessThan(levels.confidential);
  });

  it('has brand materials in zh-Hans with some English localizations, some published and public', () => {
    const materials = byUid('api::brand-material.brand-material');
    expect(materials.every((m) => m.locale === 'zh-Hans')).toBe(true);
    expect(materials.some((m) => m.localizations?.en)).toBe(true);
    expect(materials.some((m) => (m.publish ?? []).length > 0)).toBe(true);
    expect(materials.some((m) => (m.publish ?? []).length === 0)).toBe(true);
    expect(
      materials.some(
        (m) => m.data.classification === 'public' && (m.publish ?? []).includes('zh-Hans'),
      ),
    ).toBe(true);
    for (const m of materials)
      for (const locale of m.publish ?? [])
        expect(locale === 'zh-Hans' || m.localizations?.[locale]).toBeTruthy();
  });

  it('debriefs a share of the won and lost opportunities, each interview at least as classified', () => {
    const LEVELS = ['public', 'internal', 'confidential', 'secret'];
    const opportunities = new Map(byUid('api::opportunity.opportunity').map((o) => [o.key, o]));
    const contacts = new Map(byUid('api::contact.contact').map((c) => [c.key, c]));
    const interviews = byUid('api::win-loss-interview.win-loss-interview');
    for (const interview of interviews) {
      const opportunity = opportunities.get(String(interview.links.opportunity))!;
      expect(['won', 'lost']).toContain(opportunity.data.stage);
      expect(LEVELS.indexOf(String(interview.data.classification))).toBeGreaterThanOrEqual(
        LEVELS.indexOf(String(opportunity.data.classification)),
      );
      // The interviewee is a contact of the opportunity's customer, by name.
      const contact = contacts.get(String(interview.links.intervieweeContact))!;
      expect(contact.links.customer).toBe(opportunity.links.customer);
      expect(interview.data.intervieweeName).toBe(contact.data.fullName);
      expect(interview.data.summary).toMatch(/[\u4e00-\u9fff]/);
    }
    const debriefed = new Set(interviews.map((i) => i.links.opportunity));
    const closed = [...opportunities.values()].filter((o) =>
      ['won', 'lost'].includes(String(o.data.stage)),
    );
    expect(debriefed.size / closed.length).toBeGreaterThan(0.3);
    expect(debriefed.size).toBeLessThan(closed.length);
    // Buyers sometimes disagree with the owner's main reason.
    const disagreeing = interviews.filter((interview) => {
      const reasons = opportunities.get(String(interview.links.opportunity))!.data
        .reasons as Array<{
        category: string;
      }>;
      return reasons[0]?.category !== interview.data.mainReason;
    });
    expect(disagreeing.length).toBeGreaterThan(0);
    expect(disagreeing.length).toBeLessThan(interviews.length);
  });

  it('streams the bench scale without building it: a plan of the right size and valid records', () => {
    const plan = createPlan({ scale: 'bench' });
    expect(plan.customers).toHaveLength(SCALES.bench.customers);
    expect(plan.customers.reduce((sum, c) => sum + c.contactCount, 0)).toBe(SCALES.bench.contacts);
    expect(plan.strategies).toHaveLength(SCALES.bench.strategies);
    const stream = generateInteractions(plan);
    const first: SeedRecord[] = [];
    for (const record of stream) {
      first.push(record);
      if (first.length === 2000) break;
    }
    expect(first.flatMap((r) => checkBusinessRules(r.uid, { ...r.data, ...r.links }))).toEqual([]);
    expect(first.flatMap((r) => schemaProblems(contentTypeSchema(r.uid), r.data, r.key))).toEqual(
      [],
    );
  });
});
