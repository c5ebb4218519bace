import { useIntl } from 'react-intl';
import type {
  InterviewFigures,
  ReasonCategory,
  ReasonDisagreement,
  StatedReason,
  StatedReasons as SideReasons,
} from '../../../../shared/contracts/analytics';
import { getTranslation } from '../../utils/getTranslation';
import { BarsChart } from './Charts';
import { CardCell, CardRow, TableCard } from './CardGrid';
import { DataTable } from './DataTable';
import { ChartCard } from './ChartCard';
import { useChartTheme } from './chart-theme';
import { enumLabel, formatFigure } from './format';

type Outcome = 'wins' | 'losses';

interface ReasonRow {
  category: ReasonCategory;
  label: string;
  owner: Record<Outcome, StatedReason | undefined>;
  buyer: Record<Outcome, StatedReason | undefined>;
  ownerLossShare: number;
  buyerLossShare: number;
}

interface StatedReasonsProps {
  statedReasons: { owner: SideReasons; buyer: SideReasons };
  interviews: InterviewFigures;
}

/**
 * The win/loss reasons by who stated them (SPEC §4): the opportunity owner's and the buyer's (win/loss
 * interviews), side by side per category, and where the two disagree on the main reason.
 */
export const StatedReasons = ({ statedReasons, interviews }: StatedReasonsProps) => {
  const intl = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string>) =>
    intl.formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const theme = useChartTheme();

  const find = (side: SideReasons, outcome: Outcome, category: ReasonCategory) =>
    side[outcome].find((reason) => reason.category === category);
  const categories = Array.from(
    new Set(
      [statedReasons.owner, statedReasons.buyer].flatMap((side) =>
        [...side.losses, ...side.wins].map((reason) => reason.category),
      ),
    ),
  );
  const rows: ReasonRow[] = categories
    .map((category) => {
      const owner = {
        wins: find(statedReasons.owner, 'wins', category),
        losses: find(statedReasons.owner, 'losses', category),
      };
      const buyer = {
        wins: find(statedReasons.buyer, 'wins', category),
        losses: find(statedReasons.buyer, 'losses', category),
      };
      return {
        category,
        label: enumLabel(intl, category),
        owner,
        buyer,
        ownerLossShare: owner.losses?.share ?? 0,
        buyerLossShare: buyer.losses?.share ?? 0,
      };
    })
    .sort(
      (a, b) =>
        b.buyerLossShare + b.ownerLossShare - (a.buyerLossShare + a.ownerLossShare) ||
        a.label.localeCompare(b.label),
    );

  const stated = (reason: StatedReason | undefined) =>
    reason
      ? t('analytics.statedReasons.cell', '{count} ({share})', {
          count: formatFigure(intl, reason.count, 'count'),
          share: formatFigure(intl, reason.share, 'rate'),
        })
      : formatFigure(intl, null, 'count');
  const column = (
    key: string,
    header: string,
    reasonOf: (row: ReasonRow) => StatedReason | undefined,
  ) => ({
    key,
    header,
    render: (row: ReasonRow) => stated(reasonOf(row)),
  });

  const agreement = t(
    'analytics.statedReasons.agreement.hint',
    'Buyer and owner name the same main reason in {agreed} of {compared} interviews',
    {
      agreed: formatFigure(intl, interviews.agreed, 'count'),
      compared: formatFigure(intl, interviews.compared, 'count'),
    },
  );

  return (
    <CardRow>
      <CardCell col={6}>
        <ChartCard
          title={t('analytics.statedReasons.title', 'Reasons: the buyer’s word and the owner’s')}
          subtitle={t(
            'analytics.statedReasons.subtitle',
            'Owner: the reasons recorded on the opportunity. Buyer: main and secondary reasons given in win/loss interviews. Share of each side’s mentions.',
          )}
          isEmpty={rows.length === 0}
        >
          <BarsChart
            label={t('analytics.statedReasons.losses', 'Why we lost, by who says so')}
            data={rows}
            categoryKey="label"
            layout="vertical"
            valueKind="rate"
            height={Math.max(220, rows.length * 44)}
            series={[
              {
                key: 'ownerLossShare',
                label: t('analytics.statedReasons.owner', 'Owner-stated'),
                colour: theme.primaryLight,
              },
              {
                key: 'buyerLossShare',
                label: t('analytics.statedReasons.buyer', 'Buyer-stated'),
                colour: theme.primary,
              },
            ]}
          />
          <DataTable<ReasonRow>
            label={t('analytics.statedReasons.table', 'Reasons by who stated them')}
            rows={rows}
            rowKey={(row) => row.category}
            columns={[
              {
                key: 'reason',
                header: t('analytics.column.reason', 'Reason'),
                render: (row) => row.label,
              },
              column(
                'ownerWins',
                t('analytics.statedReasons.ownerWins', 'Owner, wins'),
                (row) => row.owner.wins,
              ),
              column(
                'buyerWins',
                t('analytics.statedReasons.buyerWins', 'Buyer, wins'),
                (row) => row.buyer.wins,
              ),
              column(
                'ownerLosses',
                t('analytics.statedReasons.ownerLosses', 'Owner, losses'),
                (row) => row.owner.losses,
              ),
              column(
                'buyerLosses',
                t('analytics.statedReasons.buyerLosses', 'Buyer, losses'),
                (row) => row.buyer.losses,
              ),
            ]}
          />
        </ChartCard>
      </CardCell>
      <CardCell col={6}>
        <TableCard<ReasonDisagreement>
          title={t('analytics.statedReasons.disagreements', 'Where buyer and owner disagree')}
          subtitle={agreement}
          isEmpty={interviews.disagreements.length === 0}
          emptyMessage={
            interviews.compared > 0
              ? t(
                  'analytics.statedReasons.disagreements.none',
                  'Buyers confirmed every owner’s main reason',
                )
              : t('analytics.statedReasons.disagreements.nothing', 'No interview to compare yet')
          }
          rows={interviews.disagreements}
          rowKey={(row) => `${row.owner}-${row.buyer}`}
          columns={[
            {
              key: 'owner',
              header: t('analytics.statedReasons.ownerMain', 'Owner’s main reason'),
              render: (row) => enumLabel(intl, row.owner),
            },
            {
              key: 'buyer',
              header: t('analytics.statedReasons.buyerMain', 'Buyer’s main reason'),
              render: (row) => enumLabel(intl, row.buyer),
            },
            {
              key: 'count',
              header: t('analytics.column.interviews', 'Interviews'),
              render: (row) => formatFigure(intl, row.count, 'count'),
            },
          ]}
        />
      </CardCell>
    </CardRow>
  );
};
