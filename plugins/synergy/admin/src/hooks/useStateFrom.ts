import * as React from 'react';

/**
 * State that starts again from `initial()` whenever `source` changes (React's "adjusting some state
 * when a prop changes"): set during render, so no effect re-renders the old value first.
 */
export const useStateFrom = <T>(source: unknown, initial: () => T) => {
  const [state, setState] = React.useState(initial);
  const [seenSource, setSeenSource] = React.useState(source);
  if (!Object.is(seenSource, source)) {
    setSeenSource(source);
    setState(initial());
  }
  return [state, setState] as const;
};

/** Every item seen so far, by key: the pages and filters shown keep adding to it. */
export const useSeen = <T>(
  items: readonly T[],
  keyOf: (item: T) => number,
): ReadonlyMap<number, T> => {
  const [seen, setSeen] = React.useState<ReadonlyMap<number, T>>(() => new Map());
  if (items.some((item) => !seen.has(keyOf(item)))) {
    const next = new Map(seen);
    items.forEach((item) => next.set(keyOf(item), item));
    setSeen(next);
  }
  return seen;
};
