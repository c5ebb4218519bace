import type * as React from 'react';
import {
  Badge,
  Box,
  Flex,
  Grid,
  Link,
  Table,
  Tbody,
  Td,
  Tr,
  Typography,
} from '@strapi/design-system';
import { useIntl, type IntlShape } from 'react-intl';
import { NavLink } from 'react-router-dom';
import type { GetBattlecard } from '../../../shared/contracts/battlecard';
import { enumLabel, formatFigure } from './analytics/format';
import { editViewUrl, UID } from './analytics/links';
import { TableHead } from './TableHead';
import { TitledSection } from './TitledSection';
import { getTranslation } from '../utils/getTranslation';

type Translate = (
  id: string,
  defaultMessage: string,
  values?: Record<string, string | number>,
) => string;

const useTranslate = (): { intl: IntlShape; t: Translate } => {
  const intl = useIntl();
  return {
    intl,
    t: (id, defaultMessage, values) =>
      intl.formatMessage({ id: getTranslation(id), defaultMessage }, values),
  };
};

/** The grade of a fact, red when it is unconfirmed. */
const GradeBadge = ({ fact }: { fact: Partial<GetBattlecard.Confidence> }) => {
  const { t } = useTranslate();
  if (!fact.grade) return null;
  return fact.unconfirmed ? (
    <Badge backgroundColor="danger100" textColor="danger700">
      {t('battlecard.unconfirmed', '{grade} unconfirmed', { grade: fact.grade })}
    </Badge>
  ) : (
    <Badge backgroundColor="success100" textColor="success700">
      {fact.grade}
    </Badge>
  );
};

/** How old a fact is, with a stale badge past the limit (or without a date). */
const Age = ({ fact }: { fact: Partial<GetBattlecard.Freshness> }) => {
  const { t } = useTranslate();
  if (fact.stale === undefined) return null;
  const age =
    fact.ageDays == null
      ? t('battlecard.undated', 'undated')
      : t('battlecard.ageDays', '{days} days old', { days: fact.ageDays });
  return (
    <Flex gap={1}>
      <Typography variant="pi" textColor="neutral600">
        {age}
      </Typography>
      {fact.stale ? (
        <Badge backgroundColor="warning100" textColor="warning700">
          {t('battlecard.stale', 'Stale')}
        </Badge>
      ) : null}
    </Flex>
  );
};

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <TitledSection title={title} className="battlecard-section">
    {children}
  </TitledSection>
);

const Empty = ({ children }: { children: string }) => (
  <Typography textColor="neutral600">{children}</Typography>
);

const Assessment = ({ title, fact }: { title: string; fact: GetBattlecard.Assessment | null }) => {
  const { t } = useTranslate();
  return (
    <Section title={title}>
      {fact ? (
        <>
          <Typography style={{ whiteSpace: 'pre-wrap' }}>{fact.text}</Typography>
          <Flex gap={2}>
            <GradeBadge fact={fact} />
            <Age fact={fact} />
          </Flex>
        </>
      ) : (
        <Empty>{t('battlecard.none', 'Not recorded.')}</Empty>
      )}
    </Section>
  );
};

const betterLabel = (t: Translate, better: GetBattlecard.AttributeRow['better']) => {
  switch (better) {
    case 'ours':
      return t('battlecard.better.ours', 'Ours');
    case 'theirs':
      return t('battlecard.better.theirs', 'Theirs');
    case 'tie':
      return t('battlecard.better.tie', 'Tie');
    default:
      return '–';
  }
};

const HeadToHeadTable = ({ match }: { match: GetBattlecard.HeadToHead }) => {
  const { intl, t } = useTranslate();
  const value = (number: number | null) => (number == null ? '–' : intl.formatNumber(number));
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="omega" fontWeight="bold">
        {t('battlecard.headToHead.versus', '{offering} vs {product}', {
          offering: match.offering.name,
          product:
            match.product?.name ?? t('battlecard.headToHead.noProduct', 'no comparable product'),
        })}{' '}
        ·{' '}
        {t('battlecard.headToHead.tally', '{wins} won, {losses} lost, {ties} tied', {
          wins: match.wins,
          losses: match.losses,
          ties: match.ties,
        })}
      </Typography>
      <Table colCount={6} rowCount={match.attributes.length + 1}>
        <TableHead
          headers={[
            { key: 'name', label: t('battlecard.column.attribute', 'Attribute') },
            { key: 'theirs', label: t('battlecard.column.theirs', 'Theirs') },
            { key: 'ours', label: t('battlecard.column.ours', 'Ours') },
            { key: 'better', label: t('battlecard.column.better', 'Better') },
            { key: 'grade', label: t('battlecard.column.confidence', 'Source confidence') },
            { key: 'age', label: t('battlecard.column.age', 'Age') },
          ]}
        />
        <Tbody>
          {match.attributes.map((row) => (
            <Tr key={row.name}>
              <Td>
                <Typography>
                  {row.name}
                  {row.unit ? ` (${row.unit})` : ''}
                  {row.higherIsBetter ? ' ↑' : ' ↓'}
                </Typography>
              </Td>
              <Td>
                <Typography>{value(row.theirs)}</Typography>
              </Td>
              <Td>
                <Typography>{value(row.ours)}</Typography>
              </Td>
              <Td>
                <Typography
                  textColor={
                    row.better === 'ours'
                      ? 'success600'
                      : row.better === 'theirs'
                        ? 'danger600'
                        : 'neutral800'
                  }
                >
                  {betterLabel(t, row.better)}
                </Typography>
              </Td>
              <Td>
                <GradeBadge fact={row} />
              </Td>
              <Td>
                <Age fact={row} />
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </Flex>
  );
};

/** A competitor's battlecard: every section of GET /synergy/competitors/:documentId/battlecard. */
export const BattlecardView = ({ battlecard }: { battlecard: GetBattlecard.Battlecard }) => {
  const { intl, t } = useTranslate();
  const { competitor, winLoss, confidence, freshness } = battlecard;
  const noAccess = t('battlecard.noAccess', 'You may not read these records.');
  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-battlecard="">
      <Section title={t('battlecard.summary', 'At a glance')}>
        <Grid.Root gap={4}>
          {[
            [t('battlecard.threatLevel', 'Threat level'), enumLabel(intl, competitor.threatLevel)],
            [
              t('battlecard.marketShare', 'Market share'),
              competitor.marketShare == null
                ? '–'
                : `${intl.formatNumber(competitor.marketShare)} %`,
            ],
            [
              t('battlecard.facts', 'Facts confirmed / unconfirmed'),
              `${confidence.confirmed} / ${confidence.unconfirmed}`,
            ],
            [
              t('battlecard.staleFacts', 'Stale facts (older than {days} days)', {
                days: freshness.staleAfterDays,
              }),
              `${freshness.stale} / ${freshness.facts}`,
            ],
          ].map(([label, value]) => (
            <Grid.Item key={label} col={3} s={6} xs={12} direction="column" alignItems="start">
              <Typography variant="sigma" textColor="neutral600">
                {label}
              </Typography>
              <Typography variant="beta">{value}</Typography>
            </Grid.Item>
          ))}
        </Grid.Root>
        <Flex gap={2}>
          <Typography variant="pi" textColor="neutral600">
            {t('battlecard.lastReviewed', 'Last reviewed')}
          </Typography>
          <Age fact={competitor.lastReviewed} />
        </Flex>
      </Section>

      <Grid.Root gap={4}>
        <Grid.Item col={6} xs={12} direction="column" alignItems="stretch">
          <Assessment title={t('battlecard.strengths', 'Strengths')} fact={battlecard.strengths} />
        </Grid.Item>
        <Grid.Item col={6} xs={12} direction="column" alignItems="stretch">
          <Assessment
            title={t('battlecard.weaknesses', 'Weaknesses')}
            fact={battlecard.weaknesses}
          />
        </Grid.Item>
      </Grid.Root>

      <Section title={t('battlecard.headToHead', 'Head to head')}>
        {battlecard.headToHead == null ? (
          <Empty>{noAccess}</Empty>
        ) : battlecard.headToHead.length === 0 ? (
          <Empty>{t('battlecard.headToHead.none', 'No offering recorded.')}</Empty>
        ) : (
          battlecard.headToHead.map((match) => (
            <HeadToHeadTable key={match.offering.documentId} match={match} />
          ))
        )}
      </Section>

      <Section title={t('battlecard.winLoss', 'Win/loss against it')}>
        {winLoss == null ? (
          <Empty>{noAccess}</Empty>
        ) : (
          <>
            <Typography>
              {t(
                'battlecard.winLoss.summary',
                '{bids} bids: {won} won, {lost} lost ({lostToIt} to it), {open} open · win rate {winRate}',
                {
                  bids: winLoss.bids,
                  won: winLoss.won,
                  lost: winLoss.lost,
                  lostToIt: winLoss.lostToIt,
                  open: winLoss.open,
                  winRate: formatFigure(intl, winLoss.winRate, 'rate'),
                },
              )}
            </Typography>
            <Typography variant="sigma" textColor="neutral600">
              {t('battlecard.topLossReasons', 'Top loss reasons')}
            </Typography>
            {winLoss.topLossReasons.length === 0 ? (
              <Empty>
                {t('battlecard.topLossReasons.none', 'No loss recorded with a reason.')}
              </Empty>
            ) : (
              <Box tag="ol" paddingLeft={5}>
                {winLoss.topLossReasons.map((reason) => (
                  <li key={reason.category}>
                    <Typography>
                      {enumLabel(intl, reason.category)} · {reason.count}
                    </Typography>
                  </li>
                ))}
              </Box>
            )}
          </>
        )}
      </Section>

      <Section title={t('battlecard.strategies', 'Active strategies that counter it')}>
        {battlecard.strategies == null ? (
          <Empty>{noAccess}</Empty>
        ) : battlecard.strategies.length === 0 ? (
          <Typography textColor="danger600">
            {t('battlecard.strategies.none', 'No active strategy targets it.')}
          </Typography>
        ) : (
          <Box tag="ul" paddingLeft={5}>
            {battlecard.strategies.map((strategy) => (
              <li key={strategy.documentId}>
                <Link tag={NavLink} to={editViewUrl(UID.strategy, strategy.documentId)}>
                  {strategy.title}
                </Link>{' '}
                <Typography variant="pi" textColor="neutral600">
                  {enumLabel(intl, strategy.dimension)}
                </Typography>
              </li>
            ))}
          </Box>
        )}
      </Section>

      <Section title={t('battlecard.sources', 'Sources')}>
        {battlecard.sources.length === 0 ? (
          <Empty>{t('battlecard.sources.none', 'No source recorded.')}</Empty>
        ) : (
          <Table colCount={3} rowCount={battlecard.sources.length + 1}>
            <TableHead
              headers={[
                { key: 'title', label: t('battlecard.column.source', 'Source') },
                { key: 'grade', label: t('battlecard.column.confidence', 'Source confidence') },
                { key: 'age', label: t('battlecard.column.age', 'Age') },
              ]}
            />
            <Tbody>
              {battlecard.sources.map((source, index) => (
                <Tr key={`${source.title}-${index}`}>
                  <Td>
                    {source.url ? (
                      <Link href={source.url} isExternal>
                        {source.title}
                      </Link>
                    ) : (
                      <Typography>{source.title}</Typography>
                    )}
                  </Td>
                  <Td>
                    <GradeBadge fact={source} />
                  </Td>
                  <Td>
                    <Age fact={source} />
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </Section>

      <Section title={t('battlecard.peopleToAsk', 'People to ask')}>
        {battlecard.peopleToAsk == null ? (
          <Empty>{noAccess}</Empty>
        ) : battlecard.peopleToAsk.length === 0 ? (
          <Empty>{t('battlecard.peopleToAsk.none', 'Nobody owns a bid it took part in.')}</Empty>
        ) : (
          <Box tag="ul" paddingLeft={5}>
            {battlecard.peopleToAsk.map((person) => (
              <li key={`${person.name}-${person.email ?? ''}`}>
                <Typography>
                  {person.name}
                  {person.email ? ' · ' : ''}
                </Typography>
                {person.email ? <Link href={`mailto:${person.email}`}>{person.email}</Link> : null}
                <Typography variant="pi" textColor="neutral600">
                  {' '}
                  {t('battlecard.peopleToAsk.bids', '({bids} bids)', { bids: person.bids })}
                </Typography>
              </li>
            ))}
          </Box>
        )}
      </Section>
    </Flex>
  );
};
