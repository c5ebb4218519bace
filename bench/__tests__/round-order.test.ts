import { roundOrder, type HttpRequest } from '../measure';

const request = (name: string, alternateGroup?: string): HttpRequest => ({
  name,
  url: `/${name}`,
  ...(alternateGroup ? { alternateGroup } : {}),
});

describe('roundOrder', () => {
  const requests = [
    request('a'),
    request('with', 'list'),
    request('without', 'list'),
    request('b'),
  ];
  const names = (round: number) => roundOrder(requests, round).map((r) => r.name);

  it('keeps the order on even rounds', () => {
    expect(names(0)).toEqual(['a', 'with', 'without', 'b']);
    expect(names(2)).toEqual(['a', 'with', 'without', 'b']);
  });

  it('swaps the requests of a group on odd rounds and leaves the others in place', () => {
    expect(names(1)).toEqual(['a', 'without', 'with', 'b']);
  });

  it('reverses a group of three in its own places', () => {
    const three = [request('x', 'g'), request('y'), request('z', 'g'), request('w', 'g')];
    expect(roundOrder(three, 1).map((r) => r.name)).toEqual(['w', 'y', 'z', 'x']);
  });
});
