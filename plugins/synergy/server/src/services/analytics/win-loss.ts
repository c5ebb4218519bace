import type {
  CompetitorRecord,
  GetWinLoss,
  PipelineStage,
  ReasonCategory,
  WinRateMonth,
} from '../../../../shared/contracts/analytics';
import {
  interviewFigures,
  isoDay,
  monthsOf,
  ratio,
  statedReasons,
  toCount,
  toNumber,
  type MainReasonPair,
  type Period,
  type ReasonTally,
} from '../../domain/analytics';
import {
  CLOSED_OPPORTUNITY_STAGES,
  OPEN_OPPORTUNITY_STAGES,
} from '../../../../shared/enumerations';
import {
  TABLES,
  componentRows,
  records,
  restrict,
  type AnalyticsContext,
  type Row,
  type Scope,
} from './sql';

/** Win/loss over opportunities closed in the period, and the open pipeline (SPEC §4). */
export const createWinLoss =
  ({ knex, dialect }: AnalyticsContext) =>
  async (scope: Scope, period: Period): Promise<GetWinLoss.WinLoss> => {
    const closed = () =>
      records(knex, scope, TABLES.opportunity)
        .whereIn('r.stage', CLOSED_OPPORTUNITY_STAGES)
        .where('r.closed_at', '>=', isoDay(period.from))
        .where('r.closed_at', '<=', isoDay(period.to));
    const competitorJoin = (link: string) => (qb: ReturnType<typeof closed>) => {
      qb.join({ l: link }, 'l.opportunity_id', 'r.id').join(
        { k: 'competitors' },
        'k.id',
        'l.competitor_id',
      );
      restrict(qb, 'k.classification', scope);
    };
    const month = dialect.month('r.closed_at', 'date');
    const reasons = componentRows(knex, {
      parentTable: 'opportunities',
      componentTable: 'components_crm_reasons',
      componentType: 'crm.reason',
      field: 'reasons',
    }).select('k.category as category');

    // The owner's main reason: the first of the opportunity's reasons (lowest component order).
    const ownerMain = reasons
      .clone()
      .whereRaw(
        'cmp.?? = (SELECT MIN(fr.??) FROM ?? fr WHERE fr.entity_id = cmp.entity_id AND fr.field = cmp.field AND fr.component_type = cmp.component_type)',
        ['order', 'order', 'opportunities_cmps'],
      );
    // Visible interviews (alias `i`) of the period's won and lost opportunities.
    const interviewed = () => {
      const qb = closed()
        .whereIn('r.stage', ['won', 'lost'])
        .join({ il: 'win_loss_interviews_opportunity_lnk' }, 'il.opportunity_id', 'r.id')
        .join({ i: 'win_loss_interviews' }, 'i.id', 'il.win_loss_interview_id');
      return restrict(qb, 'i.classification', scope);
    };
    const secondary = componentRows(knex, {
      parentTable: 'win_loss_interviews',
      componentTable: 'components_crm_reasons',
      componentType: 'crm.reason',
      field: 'secondaryReasons',
    }).select('k.category as category');

    const [
      totals,
      bidRows,
      winnerRows,
      reasonRows,
      monthRows,
      pipelineRows,
      ownerMainRows,
      buyerMainRows,
      buyerSecondaryRows,
      coverageRows,
      pairRows,
    ] = (await Promise.all([
      closed().select('r.stage as stage', knex.raw('COUNT(*) AS n')).groupBy('r.stage'),
      closed()
        .modify(competitorJoin('opportunities_competitors_lnk'))
        .select(
          'k.id',
          'k.document_id',
          'k.name',
          knex.raw('COUNT(DISTINCT r.id) AS bids'),
          knex.raw("COUNT(DISTINCT CASE WHEN r.stage = 'won' THEN r.id END) AS wins"),
          knex.raw("COUNT(DISTINCT CASE WHEN r.stage = 'lost' THEN r.id END) AS losses"),
        )
        .groupBy('k.id', 'k.document_id', 'k.name'),
      closed()
        .where('r.stage', 'lost')
        .modify(competitorJoin('opportunities_winner_lnk'))
        .select('k.id', 'k.document_id', 'k.name', knex.raw('COUNT(DISTINCT r.id) AS times'))
        .groupBy('k.id', 'k.document_id', 'k.name'),
      closed()
        .whereIn('r.stage', ['won', 'lost'])
        .join(reasons.as('reason'), 'reason.parent_id', 'r.id')
        .whereNotNull('reason.category')
        .select('r.stage as stage', 'reason.category as category', knex.raw('COUNT(*) AS n'))
        .groupBy('r.stage', 'reason.category'),
      closed()
        .whereIn('r.stage', ['won', 'lost'])
        .select(knex.raw(`${month} AS month`), 'r.stage as stage', knex.raw('COUNT(*) AS n'))
        .groupByRaw(`${month}, r.stage`),
      records(knex, scope, TABLES.opportunity)
        .whereIn('r.stage', OPEN_OPPORTUNITY_STAGES)
        .select(
          'r.stage as stage',
          knex.raw('COUNT(*) AS n'),
          knex.raw('SUM(COALESCE(r.value, 0)) AS value'),
          knex.raw('SUM(COALESCE(r.value, 0) * COALESCE(r.probability, 0)) AS weighted'),
        )
        .groupBy('r.stage'),
      closed()
        .whereIn('r.stage', ['won', 'lost'])
        .join(ownerMain.clone().as('main'), 'main.parent_id', 'r.id')
        .whereNotNull('main.category')
        .select('r.stage as stage', 'main.category as category', knex.raw('COUNT(*) AS n'))
        .groupBy('r.stage', 'main.category'),
      interviewed()
        .select('r.stage as stage', 'i.main_reason as category', knex.raw('COUNT(*) AS n'))
        .groupBy('r.stage', 'i.main_reason'),
      interviewed()
        .join(secondary.as('reason'), 'reason.parent_id', 'i.id')
        .whereNotNull('reason.category')
        .select('r.stage as stage', 'reason.category as category', knex.raw('COUNT(*) AS n'))
        .groupBy('r.stage', 'reason.category'),
      interviewed().select(knex.raw('COUNT(DISTINCT r.id) AS opportunities')),
      interviewed()
        .leftJoin(ownerMain.clone().as('main'), 'main.parent_id', 'r.id')
        .select('main.category as owner', 'i.main_reason as buyer', knex.raw('COUNT(*) AS n'))
        .groupBy('main.category', 'i.main_reason'),
    ])) as Row[][];

    const countOf = (stage: string) => toCount(totals.find((row) => row.stage === stage)?.n);
    const won = countOf('won');
    const lost = countOf('lost');

    const competitors = new Map<string, CompetitorRecord>();
    const entry = (row: Row) => {
      const documentId = String(row.document_id);
      const existing = competitors.get(documentId) ?? {
        documentId,
        name: String(row.name ?? ''),
        bids: 0,
        wins: 0,
        losses: 0,
        timesWinner: 0,
      };
      competitors.set(documentId, existing);
      return existing;
    };
    for (const row of bidRows)
      Object.assign(entry(row), {
        bids: toCount(row.bids),
        wins: toCount(row.wins),
        losses: toCount(row.losses),
      });
    for (const row of winnerRows) entry(row).timesWinner = toCount(row.times);

    const reasonCounts = (stage: string) =>
      Object.fromEntries(
        reasonRows
          .filter((row) => row.stage === stage)
          .map((row) => [String(row.category), toCount(row.n)]),
      ) as Partial<Record<ReasonCategory, number>>;

    /** Tallies of one side and outcome: every mention, and the main ones. */
    const tallies = (stage: string, mentions: Row[][], mains: Row[]): ReasonTally[] => {
      const byCategory = new Map<string, ReasonTally>();
      const tally = (category: string) => {
        const found = byCategory.get(category) ?? {
          category: category as ReasonCategory,
          count: 0,
          main: 0,
        };
        byCategory.set(category, found);
        return found;
      };
      for (const rows of mentions)
        for (const row of rows.filter((r) => r.stage === stage && r.category != null))
          tally(String(row.category)).count += toCount(row.n);
      for (const row of mains.filter((r) => r.stage === stage && r.category != null))
        tally(String(row.category)).main += toCount(row.n);
      return [...byCategory.values()];
    };
    const side = (mentions: Row[][], mains: Row[]) => ({
      wins: statedReasons(tallies('won', mentions, mains)),
      losses: statedReasons(tallies('lost', mentions, mains)),
    });

    const series = monthsOf(period).map((name): WinRateMonth => {
      const n = (stage: string) =>
        toCount(monthRows.find((row) => String(row.month) === name && row.stage === stage)?.n);
      return {
        month: name,
        won: n('won'),
        lost: n('lost'),
        winRate: ratio(n('won'), n('won') + n('lost')),
      };
    });

    const stages = OPEN_OPPORTUNITY_STAGES.map((stage): PipelineStage => {
      const row = pipelineRows.find((r) => r.stage === stage);
      return {
        stage,
        count: toCount(row?.n),
        value: toNumber(row?.value) ?? 0,
        weightedValue: (toNumber(row?.weighted) ?? 0) / 100,
      };
    });

    return {
      won,
      lost,
      abandoned: countOf('abandoned'),
      winRate: ratio(won, won + lost),
      competitors: [...competitors.values()].sort(
        (a, b) => b.bids - a.bids || a.name.localeCompare(b.name),
      ),
      reasons: { wins: reasonCounts('won'), losses: reasonCounts('lost') },
      statedReasons: {
        owner: side([reasonRows], ownerMainRows),
        // A buyer's main reason is a mention too.
        buyer: side([buyerMainRows, buyerSecondaryRows], buyerMainRows),
      },
      interviews: interviewFigures({
        closed: won + lost,
        interviewed: toCount(coverageRows[0]?.opportunities),
        pairs: pairRows.map((row): MainReasonPair => ({
          owner: row.owner == null ? null : (String(row.owner) as ReasonCategory),
          buyer: String(row.buyer) as ReasonCategory,
          count: toCount(row.n),
        })),
      }),
      series,
      pipeline: {
        stages,
        count: stages.reduce((sum, s) => sum + s.count, 0),
        value: stages.reduce((sum, s) => sum + s.value, 0),
        weightedValue: stages.reduce((sum, s) => sum + s.weightedValue, 0),
      },
    };
  };
