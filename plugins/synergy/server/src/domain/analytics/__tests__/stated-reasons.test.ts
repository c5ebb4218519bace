import { interviewFigures, statedReasons } from '../stated-reasons';

describe('statedReasons', () => {
  it('gives each category its share of the mentions, most mentioned first', () => {
    expect(
      statedReasons([
        { category: 'service', count: 1, main: 0 },
        { category: 'price', count: 3, main: 2 },
        { category: 'delivery', count: 0, main: 0 },
      ]),
    ).toEqual([
      { category: 'price', count: 3, main: 2, share: 0.75 },
      { category: 'service', count: 1, main: 0, share: 0.25 },
    ]);
  });

  it('breaks ties by main mentions, then by name', () => {
    expect(
      statedReasons([
        { category: 'technology', count: 1, main: 0 },
        { category: 'price', count: 1, main: 0 },
        { category: 'service', count: 1, main: 1 },
      ]).map((reason) => reason.category),
    ).toEqual(['service', 'price', 'technology']);
  });

  it('is empty without reasons', () => {
    expect(statedReasons([])).toEqual([]);
  });
});

describe('interviewFigures', () => {
  it('gives coverage, agreement on the comparable interviews and the disagreements', () => {
    expect(
      interviewFigures({
        closed: 4,
        interviewed: 3,
        pairs: [
          { owner: 'price', buyer: 'price', count: 2 },
          { owner: 'price', buyer: 'service', count: 1 },
          { owner: 'technology', buyer: 'relationship', count: 1 },
          { owner: null, buyer: 'delivery', count: 1 },
        ],
      }),
    ).toEqual({
      closed: 4,
      interviewed: 3,
      coverage: 0.75,
      count: 5,
      compared: 4,
      agreed: 2,
      agreementRate: 0.5,
      disagreements: [
        { owner: 'price', buyer: 'service', count: 1 },
        { owner: 'technology', buyer: 'relationship', count: 1 },
      ],
    });
  });

  it('answers null rates when nothing closed or nothing compares', () => {
    expect(interviewFigures({ closed: 0, interviewed: 0, pairs: [] })).toMatchObject({
      coverage: null,
      agreementRate: null,
      count: 0,
      disagreements: [],
    });
    expect(
      interviewFigures({
        closed: 2,
        interviewed: 1,
        pairs: [{ owner: null, buyer: 'price', count: 1 }],
      }),
    ).toMatchObject({ coverage: 0.5, compared: 0, agreementRate: null });
  });
});
