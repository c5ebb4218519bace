/**
 * Relation keys → row ids, and the running positions of inverse order columns. Only records that
 * something links to are remembered (at bench scale ~270,000 of 1.48 M), so memory stays bounded.
 */
export class KeyRegistry {
  private readonly ids = new Map<string, number | number[]>();
  private readonly inverseOrders = new Map<string, Map<number, number>>();

  constructor(private readonly userIds: ReadonlyMap<string, number>) {}

  remember(key: string, ids: number[]): void {
    this.ids.set(key, ids.length === 1 ? ids[0] : ids);
  }

  /** See RowContext.resolve. */
  resolve(key: string, from: string): readonly number[] {
    if (key.startsWith('user:')) {
      const id = this.userIds.get(key);
      return id === undefined ? [] : [id];
    }
    const ids = this.ids.get(key);
    if (ids === undefined)
      throw new Error(`${from}: relation to ${key}, which was not loaded before it`);
    return typeof ids === 'number' ? [ids] : ids;
  }

  nextInverseOrder(table: string, targetId: number): number {
    let positions = this.inverseOrders.get(table);
    if (!positions) {
      positions = new Map();
      this.inverseOrders.set(table, positions);
    }
    const next = (positions.get(targetId) ?? 0) + 1;
    positions.set(targetId, next);
    return next;
  }

  get size(): number {
    return this.ids.size;
  }
}
