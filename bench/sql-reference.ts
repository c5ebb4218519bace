/**
 * The raw-SQL reference of an endpoint: the statements its service issues during one call,
 * captured from knex's `query`/`query-response` events, then replayed straight on the same knex
 * pool. Statements the service ran concurrently (Promise.all) are replayed concurrently: a
 * statement that started before every earlier one had finished joins their wave.
 */
import type { Knex } from 'knex';

export interface CapturedStatement {
  sql: string;
  bindings: readonly unknown[];
  /** Index of the wave of statements that were in flight together. */
  wave: number;
}

interface QueryEvent {
  __knexQueryUid: string;
  sql: string;
  bindings?: readonly unknown[];
}

/** Runs `call` and returns the statements it issued, in order, grouped into concurrent waves. */
export const captureStatements = async (
  knex: Knex,
  call: () => Promise<unknown>,
): Promise<CapturedStatement[]> => {
  const statements: CapturedStatement[] = [];
  const inFlight = new Set<string>();
  let wave = -1;
  const onQuery = (event: QueryEvent) => {
    // A statement issued while none is in flight starts a new wave.
    if (inFlight.size === 0) wave += 1;
    inFlight.add(event.__knexQueryUid);
    statements.push({ sql: event.sql, bindings: event.bindings ?? [], wave });
  };
  const onDone = (_result: unknown, event: QueryEvent) => inFlight.delete(event.__knexQueryUid);
  knex.on('query', onQuery).on('query-response', onDone).on('query-error', onDone);
  try {
    await call();
  } finally {
    knex.removeListener('query', onQuery);
    knex.removeListener('query-response', onDone);
    knex.removeListener('query-error', onDone);
  }
  return statements;
};

/** knex's dialect client: runs a statement in the driver's own form (placeholders already native). */
interface DialectClient {
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<unknown>;
  _query(
    connection: unknown,
    query: { sql: string; bindings: readonly unknown[]; method: string },
  ): Promise<unknown>;
}

/** Runs the captured statements wave by wave, each wave's statements concurrently, on the knex pool. */
export const replayStatements = async (
  knex: Knex,
  statements: readonly CapturedStatement[],
): Promise<void> => {
  const client = knex.client as unknown as DialectClient;
  const run = async ({ sql, bindings }: CapturedStatement) => {
    const connection = await client.acquireConnection();
    try {
      await client._query(connection, { sql, bindings, method: 'raw' });
    } finally {
      await client.releaseConnection(connection);
    }
  };
  const waves = new Map<number, CapturedStatement[]>();
  for (const statement of statements)
    waves.set(statement.wave, [...(waves.get(statement.wave) ?? []), statement]);
  for (const wave of waves.values()) await Promise.all(wave.map(run));
};
