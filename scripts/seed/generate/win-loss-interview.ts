/**
 * Win/loss interviews: a debrief with someone at the customer on a share of the won and lost
 * opportunities (a few get a second one). The opportunities are read back from their own
 * deterministic stream, so this stream needs no more of the plan than the others do.
 */
import { USER_KEY } from '../accounts';
import { Random } from '../random';
import * as words from '../vocabulary';
import { DAY, isoDate } from './calendar';
import { fill } from './fields';
import { keyOf } from './keys';
import { contactRecords } from './contact';
import { opportunityRecords } from './opportunity';
import type { SeedPlan, StreamRecord } from './types';

const LEVELS = ['public', 'internal', 'confidential', 'secret'];
const REASONS = Object.keys(words.INTERVIEW_QUOTES);

interface Debriefed {
  key: string;
  customer: string;
  won: boolean;
  closedAt: string;
  classification: string;
  /** The owner's reasons, the main one first. */
  reasons: string[];
}

/** The won and lost opportunities of the data set, in stream order. */
const debriefable = (plan: SeedPlan): Debriefed[] => {
  const found: Debriefed[] = [];
  for (const { key, data, links } of opportunityRecords(plan)) {
    if (data.stage !== 'won' && data.stage !== 'lost') continue;
    found.push({
      key,
      customer: String(links.customer),
      won: data.stage === 'won',
      closedAt: String(data.closedAt),
      classification: String(data.classification),
      reasons: (data.reasons as Array<{ category: string }>).map((reason) => reason.category),
    });
  }
  return found;
};

export function* winLossInterviewRecords(plan: SeedPlan): Generator<StreamRecord> {
  const random = Random.stream(plan.seed, 'win-loss-interviews');
  const closed = debriefable(plan);
  const count = plan.counts.winLossInterviews;
  if (closed.length === 0 || count === 0) return;
  // About one interview in six is a second one on the same opportunity.
  const chosen = random.sample(
    closed,
    Math.max(1, Math.min(closed.length, Math.round(count * 0.85))),
  );
  const slots = Array.from({ length: count }, (_, index) => chosen[index % chosen.length]);

  const customers = new Map(plan.customers.map((customer) => [customer.key, customer]));
  const contactOf = slots.map((opportunity) => {
    const customer = customers.get(opportunity.customer)!;
    return keyOf('contact', customer.contactStart + random.int(0, customer.contactCount - 1), 6);
  });
  const wanted = new Set(contactOf);
  const contacts = new Map<string, { fullName: string; position: string }>();
  for (const { key, data } of contactRecords(plan)) {
    if (wanted.has(key))
      contacts.set(key, { fullName: String(data.fullName), position: String(data.position) });
  }

  for (const [index, opportunity] of slots.entries()) {
    const customer = customers.get(opportunity.customer)!;
    const contact = contacts.get(contactOf[index])!;
    const ownerMain = opportunity.reasons[0];
    // Buyers confirm the owner's main reason a little over half the time.
    const mainReason =
      ownerMain && random.chance(0.55)
        ? ownerMain
        : random.pick(REASONS.filter((r) => r !== 'other'));
    const secondary = random
      .sample(
        [...opportunity.reasons, ...REASONS].filter(
          (category, position, all) =>
            category !== mainReason && all.indexOf(category) === position,
        ),
        { none: 0, one: 1, two: 2 }[random.weighted({ none: 3, one: 4, two: 2 })],
      )
      .map((category) => ({
        category,
        note: words.REASON_NOTES[category][opportunity.won ? 0 : 1],
      }));
    const side = opportunity.won ? 0 : 1;
    const quotes = [mainReason, ...secondary.map((reason) => reason.category)]
      .slice(0, random.int(1, 2))
      .map((category) => ({
        text: words.INTERVIEW_QUOTES[category][side],
        speaker: contact.fullName,
        topic: random.pick(words.INTERVIEW_TOPICS),
      }));
    const days = random.int(7, 45);
    const level = LEVELS.indexOf(opportunity.classification);
    yield {
      key: keyOf('win-loss-interview', index, 5),
      data: {
        interviewedAt: isoDate(
          Math.min(plan.now - DAY, new Date(opportunity.closedAt).getTime() + days * DAY),
        ),
        intervieweeName: contact.fullName,
        intervieweeTitle: contact.position,
        intervieweeOrganisation: customer.name,
        mainReason,
        mainReasonNote: words.REASON_NOTES[mainReason][side],
        secondaryReasons: secondary,
        quotes,
        summary: fill(random.pick(words.INTERVIEW_SUMMARIES), { days }),
        // Derived from its opportunity: at least as high, now and then one level higher.
        classification: LEVELS[Math.min(3, level + (random.chance(0.1) ? 1 : 0))],
      },
      links: {
        opportunity: opportunity.key,
        intervieweeContact: contactOf[index],
        interviewer: random.chance(0.6) ? USER_KEY.accountManager : USER_KEY.strategyAnalyst,
      },
    };
  }
}
