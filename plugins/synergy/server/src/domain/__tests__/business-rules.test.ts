import fc from 'fast-check';
import { checkBusinessRules, checkDerivedClassification } from '../business-rules';

const FEEDBACK = 'api::feedback.feedback';
const TICKET = 'api::service-ticket.service-ticket';
const STRATEGY = 'api::strategy.strategy';
const CAMPAIGN = 'api::campaign.campaign';
const OPPORTUNITY = 'api::opportunity.opportunity';
const COMPETITOR = 'api::competitor.competitor';

const fields = (violations: Array<{ field: string }>) =>
  violations.map((violation) => violation.field);

describe('checkBusinessRules: dates that must not precede another', () => {
  // [type, later field, earlier field, other required values]
  const PAIRS = [
    [FEEDBACK, 'respondedAt', 'receivedAt', { customer: true }],
    [FEEDBACK, 'resolvedAt', 'receivedAt', { customer: true }],
    [TICKET, 'acknowledgedAt', 'openedAt', { customer: true }],
    [TICKET, 'resolvedAt', 'openedAt', { customer: true }],
    [STRATEGY, 'endDate', 'startDate', {}],
    [CAMPAIGN, 'endDate', 'startDate', {}],
  ] as const;

  it.each(PAIRS)('%s: %s before %s is a violation naming %s', (uid, later, earlier, rest) => {
    const violations = checkBusinessRules(uid, {
      ...rest,
      [earlier]: '2026-02-02T00:00:00.000Z',
      [later]: '2026-02-01T23:59:59.999Z',
    });
    expect(violations).toEqual([
      { field: later, message: `${later} must not be earlier than ${earlier}` },
    ]);
  });

  it.each(PAIRS)('%s: %s equal to %s is allowed', (uid, later, earlier, rest) => {
    expect(
      checkBusinessRules(uid, { ...rest, [earlier]: '2026-02-02', [later]: '2026-02-02' }),
    ).toEqual([]);
  });

  it.each(PAIRS)(
    '%s: %s is not compared while %s is unset, empty or not a date',
    (uid, later, earlier, rest) => {
      for (const missing of [undefined, null, '', 'not a date']) {
        expect(
          checkBusinessRules(uid, { ...rest, [earlier]: '2026-02-02', [later]: missing }),
        ).toEqual([]);
        expect(
          checkBusinessRules(uid, { ...rest, [earlier]: missing, [later]: '2026-01-01' }),
        ).toEqual([]);
      }
    },
  );

  it('compares instants, not strings: a later time in another offset is not earlier', () => {
    expect(
      checkBusinessRules(FEEDBACK, {
        customer: true,
        receivedAt: '2026-02-01T08:00:00+08:00',
        resolvedAt: '2026-02-01T00:30:00Z',
      }),
    ).toEqual([]);
    expect(
      fields(
        checkBusinessRules(FEEDBACK, {
          customer: true,
          receivedAt: '2026-02-01T09:00:00Z',
          resolvedAt: '2026-02-01T16:00:00+08:00',
        }),
      ),
    ).toEqual(['resolvedAt']);
  });

  it('accepts Date objects as stored values', () => {
    expect(
      fields(
        checkBusinessRules(TICKET, {
          customer: 1,
          openedAt: new Date('2026-03-02'),
          resolvedAt: new Date('2026-03-01'),
        }),
      ),
    ).toEqual(['resolvedAt']);
  });

  it('reports every broken pair of a record', () => {
    const violations = checkBusinessRules(TICKET, {
      customer: true,
      openedAt: '2026-03-10T00:00:00Z',
      acknowledgedAt: '2026-03-09T00:00:00Z',
      resolvedAt: '2026-03-08T00:00:00Z',
    });
    expect(fields(violations)).toEqual(['acknowledgedAt', 'resolvedAt']);
  });

  const instant = fc.date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2100-01-01T00:00:00Z'),
    noInvalidDate: true,
  });

  it('property: never a violation when the later date is at or after the earlier one', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 0, max: 10 * 365 * 24 * 3600 * 1000 }),
        fc.constantFrom(...PAIRS),
        (earlierDate, gap, [uid, later, earlier, rest]) => {
          const laterDate = new Date(earlierDate.getTime() + gap);
          return (
            checkBusinessRules(uid, {
              ...rest,
              [earlier]: earlierDate.toISOString(),
              [later]: laterDate.toISOString(),
            }).length === 0
          );
        },
      ),
    );
  });

  it('property: always exactly one violation, naming the later field, when it precedes the earlier one', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 1, max: 10 * 365 * 24 * 3600 * 1000 }),
        fc.constantFrom(...PAIRS),
        (earlierDate, gap, [uid, later, earlier, rest]) => {
          const laterDate = new Date(earlierDate.getTime() - gap);
          const violations = checkBusinessRules(uid, {
            ...rest,
            [earlier]: earlierDate.toISOString(),
            [later]: laterDate.toISOString(),
          });
          return (
            violations.length === 1 &&
            violations[0].field === later &&
            violations[0].message.includes(earlier)
          );
        },
      ),
    );
  });
});

describe('checkBusinessRules: required relations', () => {
  it.each([
    ['api::contact.contact', 'customer'],
    ['api::interaction.interaction', 'customer'],
    [FEEDBACK, 'customer'],
    [TICKET, 'customer'],
    ['api::survey-response.survey-response', 'customer'],
    ['api::competitor-offering.competitor-offering', 'competitor'],
    [OPPORTUNITY, 'customer'],
  ])('%s needs %s', (uid, field) => {
    expect(checkBusinessRules(uid, {})).toEqual([{ field, message: `${field} is required` }]);
    expect(checkBusinessRules(uid, { [field]: false })).toEqual([
      { field, message: `${field} is required` },
    ]);
    expect(checkBusinessRules(uid, { [field]: true })).toEqual([]);
  });

  it.each([
    'api::customer.customer',
    'api::product.product',
    STRATEGY,
    CAMPAIGN,
    'api::brand-material.brand-material',
  ])('%s has no required relation', (uid) => {
    expect(checkBusinessRules(uid, {})).toEqual([]);
  });

  it('names the missing required attributes with a refused relation, so one 400 lists every missing field', () => {
    const attributes = {
      content: { required: true },
      receivedAt: { required: true },
      classification: { required: true, default: 'internal' },
      channel: {},
    };
    expect(checkBusinessRules(FEEDBACK, { content: '' }, attributes)).toEqual([
      { field: 'content', message: 'content is required' },
      { field: 'receivedAt', message: 'receivedAt is required' },
      { field: 'customer', message: 'customer is required' },
    ]);
    // Nothing refused: Strapi's own validator reports missing attributes, as before.
    expect(checkBusinessRules(FEEDBACK, { customer: true }, attributes)).toEqual([]);
  });

  it('a type without rules has no violations', () => {
    expect(checkBusinessRules('plugin::users-permissions.user', { anything: 1 })).toEqual([]);
  });
});

describe('checkBusinessRules: opportunities', () => {
  it.each(['won', 'lost', 'abandoned'])('closedAt is required once the stage is %s', (stage) => {
    expect(checkBusinessRules(OPPORTUNITY, { customer: true, stage })).toEqual([
      { field: 'closedAt', message: `closedAt is required once the stage is ${stage}` },
    ]);
    expect(
      checkBusinessRules(OPPORTUNITY, { customer: true, stage, closedAt: '2026-05-01' }),
    ).toEqual([]);
  });

  it.each(['lead', 'qualification', 'proposal', 'bidding', 'negotiation'])(
    'an open stage (%s) needs no closedAt',
    (stage) => {
      expect(checkBusinessRules(OPPORTUNITY, { customer: true, stage })).toEqual([]);
    },
  );

  it.each(['lead', 'bidding', 'won', 'abandoned', undefined])(
    'a winner is refused when the stage is %s',
    (stage) => {
      const violations = checkBusinessRules(OPPORTUNITY, {
        customer: true,
        stage,
        closedAt: '2026-05-01',
        winner: true,
      });
      expect(violations).toEqual([
        { field: 'winner', message: 'winner may only be set when the stage is lost' },
      ]);
    },
  );

  it('a winner is allowed on a lost opportunity', () => {
    expect(
      checkBusinessRules(OPPORTUNITY, {
        customer: true,
        stage: 'lost',
        closedAt: '2026-05-01',
        winner: true,
      }),
    ).toEqual([]);
  });
});

describe('checkBusinessRules: competitor domains', () => {
  it.each([[undefined], [null], [[]], [['uav']], [['radar', 'electronic_warfare', 'other']]])(
    'accepts %j',
    (domains) => {
      expect(checkBusinessRules(COMPETITOR, { domains })).toEqual([]);
    },
  );

  it.each([[['tanks']], [['radar', 'Radar']], ['radar'], [{ radar: true }], [[1]]])(
    'refuses %j, naming domains',
    (domains) => {
      expect(fields(checkBusinessRules(COMPETITOR, { domains }))).toEqual(['domains']);
    },
  );
});

describe('checkBusinessRules: win/loss interviews', () => {
  const INTERVIEW = 'api::win-loss-interview.win-loss-interview';
  const valid = { opportunity: true, mainReason: 'price', classification: 'internal' };
  const withOpportunity = (stage: string, classification = 'internal') => ({
    related: { opportunity: { stage, classification } },
  });

  it('passes an interview on a won or lost opportunity at its level', () => {
    expect(checkBusinessRules(INTERVIEW, valid, {}, withOpportunity('won'))).toEqual([]);
    expect(checkBusinessRules(INTERVIEW, valid, {}, withOpportunity('lost', 'public'))).toEqual([]);
  });

  it('requires the opportunity', () => {
    expect(fields(checkBusinessRules(INTERVIEW, { ...valid, opportunity: false }))).toEqual([
      'opportunity',
    ]);
  });

  it.each(['lead', 'negotiation', 'abandoned'])('refuses an opportunity that is %s', (stage) => {
    const violations = checkBusinessRules(INTERVIEW, valid, {}, withOpportunity(stage));
    expect(violations).toEqual([
      { field: 'opportunity', message: `opportunity must be won or lost (it is ${stage})` },
    ]);
  });

  it('refuses a classification below the opportunity, the default level included', () => {
    const context = withOpportunity('lost', 'confidential');
    expect(fields(checkBusinessRules(INTERVIEW, valid, {}, context))).toEqual(['classification']);
    const { classification: _, ...unset } = valid;
    expect(fields(checkBusinessRules(INTERVIEW, unset, {}, context))).toEqual(['classification']);
    expect(
      checkBusinessRules(INTERVIEW, { ...valid, classification: 'secret' }, {}, context),
    ).toEqual([]);
  });

  it('checks nothing of an opportunity it may not know (hidden or missing)', () => {
    expect(checkBusinessRules(INTERVIEW, valid, {}, { related: { opportunity: null } })).toEqual(
      [],
    );
  });

  it('names an unknown main or secondary category, and a repeated one', () => {
    const violations = checkBusinessRules(INTERVIEW, {
      ...valid,
      mainReason: 'luck',
      secondaryReasons: [{ category: 'service' }, { category: 'weather' }, { category: 'service' }],
    });
    expect(fields(violations)).toEqual([
      'mainReason',
      'secondaryReasons[1].category',
      'secondaryReasons[2].category',
    ]);
    expect(
      fields(
        checkBusinessRules(INTERVIEW, { ...valid, secondaryReasons: [{ category: 'price' }] }),
      ),
    ).toEqual(['secondaryReasons[0].category']);
  });
});

describe('checkDerivedClassification', () => {
  it('refuses raising an opportunity above a derived record, naming the lowest level', () => {
    expect(
      checkDerivedClassification(
        'secret',
        ['secret', 'internal', 'confidential'],
        'Win/loss interview',
      ),
    ).toEqual([
      {
        field: 'classification',
        message:
          'classification may not rise above internal: 2 Win/loss interview record(s) derived from it are classified lower (raise theirs first)',
      },
    ]);
  });

  it('lets it rise to the lowest derived level, or anywhere without derived records', () => {
    expect(checkDerivedClassification('confidential', ['confidential'], 'x')).toEqual([]);
    expect(checkDerivedClassification('secret', [], 'x')).toEqual([]);
  });
});
