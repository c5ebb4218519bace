import { peopleToAsk, summarizeBids, topCategories, type Bid } from '../battlecard';

const owner = (id: number, firstname: string, email: string) => ({
  id,
  firstname,
  lastname: '',
  email,
});
const bid = (stage: string, extra: Partial<Bid> = {}): Bid => ({
  stage,
  winner: null,
  reasons: [],
  owner: null,
  ...extra,
});

describe('battlecard figures from the bids', () => {
  it('counts open, won, lost and abandoned bids, the win rate and losses to the competitor', () => {
    const bids = [
      bid('won', { reasons: [{ category: 'price' }] }),
      bid('lost', { winner: 'K1', reasons: [{ category: 'price' }, { category: 'delivery' }] }),
      bid('lost', { winner: 'K2', reasons: [{ category: 'price' }] }),
      bid('abandoned'),
      bid('bidding'),
      bid('lead'),
    ];
    expect(summarizeBids(bids, 'K1')).toEqual({
      bids: 6,
      open: 2,
      won: 1,
      lost: 2,
      abandoned: 1,
      winRate: 1 / 3,
      lostToIt: 1,
      // Only the losses' reasons; the win's price reason is not a loss reason.
      topLossReasons: [
        { category: 'price', count: 2 },
        { category: 'delivery', count: 1 },
      ],
    });
  });

  it('has no win rate without a won or lost bid', () => {
    expect(summarizeBids([bid('bidding')], 'K1').winRate).toBeNull();
  });

  it('keeps the five most frequent categories, ties by name', () => {
    expect(topCategories(['b', 'a', 'c', 'd', 'e', 'f', 'a', null], 5)).toEqual([
      { category: 'a', count: 2 },
      { category: 'b', count: 1 },
      { category: 'c', count: 1 },
      { category: 'd', count: 1 },
      { category: 'e', count: 1 },
    ]);
  });

  it('names the bid owners once each, most bids first', () => {
    const li = owner(1, '李娜', 'li@example.cn');
    const wang = owner(2, '王强', 'wang@example.cn');
    expect(
      peopleToAsk([
        bid('won', { owner: wang }),
        bid('lost', { owner: li }),
        bid('lead', { owner: li }),
        bid('lead'),
      ]),
    ).toEqual([
      { name: '李娜', email: 'li@example.cn', bids: 2 },
      { name: '王强', email: 'wang@example.cn', bids: 1 },
    ]);
  });
});
