/** The machine a bench ran on: CPU, cores, load average, Node and database versions. */
import os from 'node:os';
import type { Knex } from 'knex';
import type { BenchDatabase } from './options';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  loadAverage: { start: number[]; end: number[] };
  node: string;
  platform: string;
  database: { client: BenchDatabase; version: string };
}

export const databaseVersion = async (knex: Knex, client: BenchDatabase): Promise<string> => {
  const result = (await knex.raw(
    client === 'sqlite' ? 'SELECT sqlite_version() AS version' : 'SELECT version() AS version',
  )) as Array<{ version: string }> | { rows: Array<{ version: string }> };
  const rows = Array.isArray(result) ? result : result.rows;
  return `${client === 'sqlite' ? 'SQLite ' : ''}${rows[0]?.version ?? 'unknown'}`;
};

export const describeMachine = (
  client: BenchDatabase,
  version: string,
  loadAtStart: number[],
): Machine => ({
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  loadAverage: {
    start: loadAtStart.map((n) => Number(n.toFixed(2))),
    end: os.loadavg().map((n) => Number(n.toFixed(2))),
  },
  node: process.version,
  platform: `${os.type()} ${os.release()}`,
  database: { client, version },
});
