import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ProductDomain, ThreatLevel } from '../../../shared/contracts/analytics';
import type { GetBattlecard } from '../../../shared/contracts/battlecard';
import { compareAttributesByName, tallyComparisons, toNumber } from '../domain/analytics';
import { peopleToAsk, summarizeBids, type Bid } from '../domain/battlecard';
import { freshnessOf } from '../domain/freshness';
import { countConfidence, describeConfidence } from '../domain/source-confidence';
import type { CanRead } from './customer-360';
import { getService } from '../utils/get-service';
import type { Marking } from '../domain/marking';

type Stored = Record<string, unknown>;

interface StoredAttribute {
  name?: string | null;
  value?: number | string | null;
  unit?: string | null;
  higherIsBetter?: boolean | null;
  reliability?: string | null;
  credibility?: number | null;
  asOf?: string | null;
}

const COMPETITOR = 'api::competitor.competitor';
const OFFERING = 'api::competitor-offering.competitor-offering';
const OPPORTUNITY = 'api::opportunity.opportunity';
const STRATEGY = 'api::strategy.strategy';
const PRODUCT = 'api::product.product';

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : null);

const toAttribute = (attribute: StoredAttribute) => ({
  ...attribute,
  name: attribute.name ?? null,
  value: toNumber(attribute.value),
  higherIsBetter: attribute.higherIsBetter ?? null,
});

const createBattlecardService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * A competitor's battlecard from our own records, every one read through the document service
   * (so clearance and masking apply): hidden offerings, products, bids and strategies are left
   * out, and a section the caller may not read at all is null.
   * @throws ForbiddenError when the caller may not read competitors at all.
   * @throws NotFoundError when the competitor does not exist or is above the caller's clearance.
   */
  async getBattlecard(
    documentId: string,
    {
      canRead,
      staleAfterDays,
      now = new Date(),
    }: { canRead: CanRead; staleAfterDays: number; now?: Date },
  ): Promise<{ data: GetBattlecard.Battlecard; marking: Marking }> {
    if (!canRead(COMPETITOR)) throw new errors.ForbiddenError('You may not read competitors');
    const competitor = (await strapi.documents(COMPETITOR).findOne({
      documentId,
      populate: { sources: true },
    })) as Stored | null;
    if (!competitor) throw new errors.NotFoundError('Competitor not found');

    const fresh = (asOf: unknown) =>
      freshnessOf(typeof asOf === 'string' ? asOf : null, now, staleAfterDays);
    const fact = (confidence: { reliability?: unknown; credibility?: unknown }, asOf: unknown) => ({
      ...describeConfidence({
        reliability: (confidence.reliability ?? null) as string | null,
        credibility: toNumber(confidence.credibility),
      }),
      ...fresh(asOf),
    });
    const byCompetitor = { competitors: { documentId: { $eq: documentId } } };

    const [offerings, bids, strategies] = await Promise.all([
      canRead(OFFERING)
        ? (strapi.documents(OFFERING).findMany({
            filters: { competitor: { documentId: { $eq: documentId } } },
            sort: 'name:asc',
            populate: {
              attributes: true,
              ...(canRead(PRODUCT)
                ? {
                    comparableProduct: {
                      fields: ['name', 'classification', 'caveats'],
                      populate: { attributes: true },
                    },
                  }
                : {}),
            },
          } as never) as Promise<Stored[]>)
        : null,
      canRead(OPPORTUNITY)
        ? (strapi.documents(OPPORTUNITY).findMany({
            filters: byCompetitor,
            fields: ['stage', 'classification', 'caveats'],
            populate: {
              reasons: true,
              winner: { fields: ['name'] },
              owner: { fields: ['firstname', 'lastname'] },
            },
          } as never) as Promise<Stored[]>)
        : null,
      canRead(STRATEGY)
        ? (strapi.documents(STRATEGY).findMany({
            filters: {
              status: { $eq: 'active' },
              targetCompetitors: { documentId: { $eq: documentId } },
            },
            fields: ['title', 'dimension', 'classification', 'caveats'],
            sort: 'title:asc',
          } as never) as Promise<Stored[]>)
        : null,
    ]);

    const sources = ((competitor.sources ?? []) as Stored[]).map(
      (source): GetBattlecard.Source => ({
        title: String(source.title ?? ''),
        url: text(source.url),
        ...fact(source, source.date),
      }),
    );
    const assessment = (field: 'strengths' | 'weaknesses'): GetBattlecard.Assessment | null => {
      const value = text(competitor[field]);
      return value == null
        ? null
        : {
            text: value,
            ...fact(
              {
                reliability: competitor[`${field}Reliability`],
                credibility: competitor[`${field}Credibility`],
              },
              competitor[`${field}AsOf`],
            ),
          };
    };
    const strengths = assessment('strengths');
    const weaknesses = assessment('weaknesses');

    const headToHead = offerings?.map((offering): GetBattlecard.HeadToHead => {
      const product = (offering.comparableProduct ?? null) as Stored | null;
      const theirs = ((offering.attributes ?? []) as StoredAttribute[]).map(toAttribute);
      const ours = ((product?.attributes ?? []) as StoredAttribute[]).map(toAttribute);
      const rows = compareAttributesByName(ours, theirs).map(
        (match): GetBattlecard.AttributeRow => ({
          name: match.name,
          unit: match.theirs?.unit ?? match.ours?.unit ?? null,
          theirs: match.theirs?.value ?? null,
          ours: match.ours?.value ?? null,
          higherIsBetter: match.ours?.higherIsBetter ?? match.theirs?.higherIsBetter ?? true,
          better: match.better,
          // The confidence is that of their figure: ours are our own records.
          ...(match.theirs ? fact(match.theirs, match.theirs.asOf) : {}),
        }),
      );
      const compared = rows.filter((row) => row.better != null);
      return {
        offering: {
          documentId: String(offering.documentId),
          name: String(offering.name ?? ''),
          domain: (offering.domain ?? null) as ProductDomain | null,
        },
        product: product
          ? { documentId: String(product.documentId), name: String(product.name ?? '') }
          : null,
        attributes: rows,
        ...tallyComparisons(compared),
        unconfirmed: compared.filter((row) => row.unconfirmed).length,
      };
    });

    // The owners' e-mail addresses: private on admin users, so not populated; read by id.
    const ownerIds = [
      ...new Set(
        (bids ?? []).flatMap((bid) => {
          const id = (bid.owner as Stored | null)?.id;
          return id == null ? [] : [Number(id)];
        }),
      ),
    ];
    const emails = new Map(
      ownerIds.length === 0
        ? []
        : (
            (await strapi.db.query('admin::user').findMany({
              where: { id: { $in: ownerIds } },
              select: ['id', 'email'],
            })) as Array<{ id: number; email: string | null }>
          ).map((user) => [Number(user.id), user.email] as const),
    );
    const bidRecords = bids?.map((opportunity): Bid => {
      const owner = (opportunity.owner ?? null) as Stored | null;
      return {
        stage: (opportunity.stage ?? null) as string | null,
        winner: ((opportunity.winner as Stored | null)?.documentId ?? null) as string | null,
        reasons: (opportunity.reasons ?? []) as Bid['reasons'],
        owner: owner
          ? {
              id: Number(owner.id),
              firstname: (owner.firstname ?? null) as string | null,
              lastname: (owner.lastname ?? null) as string | null,
              email: emails.get(Number(owner.id)) ?? null,
            }
          : null,
      };
    });

    // Every fact: sources, their offering figures, strengths, weaknesses.
    const facts = [
      ...sources,
      ...(headToHead ?? []).flatMap((match) =>
        match.attributes.filter((row): row is GetBattlecard.AttributeRow & GetBattlecard.Fact =>
          Boolean(row.grade),
        ),
      ),
      ...(strengths ? [strengths] : []),
      ...(weaknesses ? [weaknesses] : []),
    ];
    const ages = facts.flatMap((item) => (item.ageDays == null ? [] : [item.ageDays]));
    // Marked by every record the card was made from (SPEC §1, marked outputs).
    const marking = await getService(strapi, 'marking').ofRecords([
      competitor,
      ...(offerings ?? []),
      ...(offerings ?? []).flatMap((offering) =>
        offering.comparableProduct ? [offering.comparableProduct as Stored] : [],
      ),
      ...(bids ?? []),
      ...(strategies ?? []),
    ]);

    const data: GetBattlecard.Battlecard = {
      competitor: {
        documentId,
        name: String(competitor.name ?? ''),
        country: text(competitor.country),
        threatLevel: (competitor.threatLevel ?? null) as ThreatLevel | null,
        marketShare: toNumber(competitor.marketShare),
        classification: String(competitor.classification ?? ''),
        lastReviewed: fresh(competitor.lastReviewedAt),
      },
      strengths,
      weaknesses,
      sources,
      headToHead: headToHead ?? null,
      winLoss: bidRecords ? summarizeBids(bidRecords, documentId) : null,
      strategies:
        strategies?.map((strategy) => ({
          documentId: String(strategy.documentId),
          title: String(strategy.title ?? ''),
          dimension: (strategy.dimension ?? null) as string | null,
        })) ?? null,
      peopleToAsk: bidRecords ? peopleToAsk(bidRecords) : null,
      confidence: countConfidence(facts),
      freshness: {
        staleAfterDays,
        facts: facts.length,
        stale: facts.filter((item) => item.stale).length,
        oldestAgeDays: ages.length > 0 ? Math.max(...ages) : null,
      },
    };
    return { data, marking };
  },
});

export type BattlecardService = ReturnType<typeof createBattlecardService>;

export default createBattlecardService;
