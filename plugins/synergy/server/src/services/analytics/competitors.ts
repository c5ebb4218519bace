import type {
  CompetitorFigures,
  GetCompetitors,
  HeadToHead,
  ProductDomain,
  ThreatLevel,
} from '../../../../shared/contracts/analytics';
import {
  compareAttributesByName,
  tallyComparisons,
  toNumber,
  type Attribute,
} from '../../domain/analytics';
import {
  countConfidence,
  isUnconfirmed,
  sumConfidence,
  type SourceConfidence,
} from '../../domain/source-confidence';
import {
  componentRows,
  restrict,
  strategies,
  toBoolean,
  type AnalyticsContext,
  type Row,
  type Scope,
} from './sql';
import { needToKnowSql } from '../../domain/need-to-know';
import { toStrategyRef } from './strategies';

const HIGH_THREATS = ['high', 'critical'];

type GradedAttribute = Attribute & SourceConfidence;

const hasText = (value: unknown) => typeof value === 'string' && value.trim() !== '';

/**
 * Competitors (SPEC §4): threat, offerings, active strategies targeting each, head-to-head per
 * offering with a comparable product, and the uncountered. The domain filter keeps the offerings
 * of that domain and the competitors that have one.
 */
export const createCompetitors = ({ knex }: AnalyticsContext) => {
  const attributesOf = async (parentTable: string, ids: number[]) => {
    if (ids.length === 0) return new Map<number, GradedAttribute[]>();
    const rows: Row[] = await componentRows(knex, {
      parentTable,
      componentTable: 'components_crm_attributes',
      componentType: 'crm.attribute',
      field: 'attributes',
    })
      .whereIn('cmp.entity_id', ids)
      .select('k.name', 'k.value', 'k.higher_is_better', 'k.reliability', 'k.credibility');
    const byParent = new Map<number, GradedAttribute[]>();
    for (const row of rows) {
      const list = byParent.get(Number(row.parent_id)) ?? [];
      list.push({
        name: (row.name ?? null) as string | null,
        value: toNumber(row.value),
        higherIsBetter: row.higher_is_better == null ? null : toBoolean(row.higher_is_better),
        reliability: (row.reliability ?? null) as string | null,
        credibility: toNumber(row.credibility),
      });
      byParent.set(Number(row.parent_id), list);
    }
    return byParent;
  };

  return async (scope: Scope): Promise<GetCompetitors.Competitors> => {
    const offeringsQuery = knex({ o: 'competitor_offerings' })
      .join({ ocl: 'competitor_offerings_competitor_lnk' }, 'ocl.competitor_offering_id', 'o.id')
      .leftJoin(
        { opl: 'competitor_offerings_comparable_product_lnk' },
        'opl.competitor_offering_id',
        'o.id',
      )
      // The comparable product only when the caller may see it.
      .leftJoin({ p: 'products' }, function visibleProduct() {
        this.on('p.id', '=', 'opl.product_id');
        if (scope.levels) this.onIn('p.classification', [...scope.levels]);
        if (scope.visibility)
          for (const [sql, bindings] of needToKnowSql('p', scope.visibility))
            this.andOn(knex.raw(sql, bindings));
      })
      .select(
        'o.id',
        'o.document_id',
        'o.name',
        'o.domain',
        'ocl.competitor_id',
        'p.id as product_id',
        'p.document_id as product_document_id',
        'p.name as product_name',
      )
      .orderBy(['o.name', 'o.id']);
    restrict(offeringsQuery, 'o.classification', scope);
    if (scope.domain) offeringsQuery.where('o.domain', scope.domain);

    const competitorQuery = knex({ k: 'competitors' })
      .select(
        'k.id',
        'k.document_id',
        'k.name',
        'k.threat_level',
        'k.strengths',
        'k.strengths_reliability',
        'k.strengths_credibility',
        'k.weaknesses',
        'k.weaknesses_reliability',
        'k.weaknesses_credibility',
      )
      .orderBy(['k.name', 'k.id']);
    restrict(competitorQuery, 'k.classification', scope);

    const activeQuery = strategies(knex, scope)
      .where('s.status', 'active')
      .join({ tk: 'strategies_target_competitors_lnk' }, 'tk.strategy_id', 's.id')
      .select('tk.competitor_id', 's.document_id', 's.title', 's.dimension', 's.status')
      .orderBy(['s.title', 's.id']);

    const [competitorRows, offeringRows, activeRows] = (await Promise.all([
      competitorQuery,
      offeringsQuery,
      activeQuery,
    ])) as Row[][];
    // Every offering shown counts its facts; only those with a comparable product are compared.
    const offeringIds = offeringRows.map((row) => Number(row.id));
    const productIds = [
      ...new Set(
        offeringRows.filter((row) => row.product_id != null).map((row) => Number(row.product_id)),
      ),
    ];
    const [offeringAttributes, productAttributes, sourceRows] = await Promise.all([
      attributesOf('competitor_offerings', offeringIds),
      attributesOf('products', productIds),
      competitorRows.length === 0
        ? []
        : (componentRows(knex, {
            parentTable: 'competitors',
            componentTable: 'components_crm_sources',
            componentType: 'crm.source',
            field: 'sources',
          })
            .whereIn(
              'cmp.entity_id',
              competitorRows.map((row) => Number(row.id)),
            )
            .select('k.reliability', 'k.credibility') as Promise<Row[]>),
    ]);
    const sourcesOf = (competitorId: number): SourceConfidence[] =>
      sourceRows
        .filter((row) => Number(row.parent_id) === competitorId)
        .map((row) => ({
          reliability: (row.reliability ?? null) as string | null,
          credibility: toNumber(row.credibility),
        }));
    const assessmentsOf = (competitor: Row): SourceConfidence[] =>
      (['strengths', 'weaknesses'] as const)
        .filter((field) => hasText(competitor[field]))
        .map((field) => ({
          reliability: (competitor[`${field}_reliability`] ?? null) as string | null,
          credibility: toNumber(competitor[`${field}_credibility`]),
        }));

    const competitors = competitorRows
      .map((competitor): CompetitorFigures => {
        const id = Number(competitor.id);
        const offerings = offeringRows.filter((row) => Number(row.competitor_id) === id);
        const activeStrategies = activeRows
          .filter((row) => Number(row.competitor_id) === id)
          .map(toStrategyRef);
        const headToHead = offerings
          .filter((row) => row.product_id != null)
          .map((row): HeadToHead => {
            const compared = compareAttributesByName(
              productAttributes.get(Number(row.product_id)) ?? [],
              offeringAttributes.get(Number(row.id)) ?? [],
            ).filter((match) => match.better != null);
            return {
              offering: { documentId: String(row.document_id), name: String(row.name ?? '') },
              product: {
                documentId: String(row.product_document_id),
                name: String(row.product_name ?? ''),
              },
              ...tallyComparisons(compared),
              unconfirmed: compared.filter((match) => match.theirs && isUnconfirmed(match.theirs))
                .length,
            };
          });
        const confidence = countConfidence([
          ...sourcesOf(id),
          ...offerings.flatMap((row) => offeringAttributes.get(Number(row.id)) ?? []),
          ...assessmentsOf(competitor),
        ]);
        const threatLevel = (competitor.threat_level ?? null) as ThreatLevel | null;
        return {
          documentId: String(competitor.document_id),
          name: String(competitor.name ?? ''),
          threatLevel,
          offerings: offerings.map((row) => ({
            documentId: String(row.document_id),
            name: String(row.name ?? ''),
            domain: (row.domain ?? null) as ProductDomain | null,
          })),
          activeStrategies,
          headToHead,
          uncountered:
            threatLevel != null &&
            HIGH_THREATS.includes(threatLevel) &&
            activeStrategies.length === 0,
          confidence,
        };
      })
      .filter((competitor) => !scope.domain || competitor.offerings.length > 0);
    return {
      competitors,
      uncountered: competitors.filter((c) => c.uncountered).map((c) => c.documentId),
      confidence: sumConfidence(competitors.map((competitor) => competitor.confidence)),
    };
  };
};
