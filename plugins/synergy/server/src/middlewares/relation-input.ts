/**
 * Whether a relation holds a record after a write, from the incoming relation input
 * (any of the shapes Strapi 5 accepts) and whether it held one before.
 */
export const relationIsSetAfterWrite = (input: unknown, wasSet: boolean): boolean => {
  if (input === undefined) return wasSet;
  if (input === null || input === '') return false;
  if (Array.isArray(input)) return input.length > 0;
  if (typeof input !== 'object') return true;

  const { set, connect, disconnect } = input as {
    set?: unknown;
    connect?: unknown;
    disconnect?: unknown;
  };
  const count = (value: unknown) => (Array.isArray(value) ? value.length : value ? 1 : 0);
  if (set !== undefined) return count(set) > 0;
  if (connect !== undefined || disconnect !== undefined) {
    if (count(connect) > 0) return true;
    return count(disconnect) > 0 ? false : wasSet;
  }
  return true;
};
