import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { CLASSIFICATION_LEVELS, type Classification } from '../domain/classification';
import {
  markingOf,
  markingOfRecords,
  type CaveatNames,
  type Markable,
  type Marking,
} from '../domain/marking';
import { CAVEATS_FIELD } from '../domain/need-to-know';
import { getModel } from '../utils/get-model';
import { getService } from '../utils/get-service';
import { clientOf, restrict, type Scope } from './analytics/sql';

/** Caveat codes of a stored JSON value (text on some dialects). */
const codesIn = (value: unknown): string[] => {
  const parsed: unknown = typeof value === 'string' ? safeJson(value) : value;
  return Array.isArray(parsed)
    ? parsed.filter((code): code is string => typeof code === 'string')
    : [];
};

const safeJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

/**
 * The markings of outputs (SPEC §1, marked outputs): what an export, an analytics answer or the 360
 * was computed from decides the level and caveats printed on it.
 */
const createMarkingService = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const tableOf = (uid: string) => getModel(strapi, uid)?.collectionName;

  /** The banner names of the managed caveats (SPEC §1.1), in Chinese and in English. */
  const caveatNames = async (): Promise<CaveatNames> => {
    const caveats = (await getService(strapi, 'need-to-know').list('caveat')) as Array<{
      code: string;
      name: string;
      nameEn?: string | null;
    }>;
    const byCode = new Map(caveats.map((caveat) => [caveat.code, caveat]));
    return (code) => {
      const caveat = byCode.get(code);
      return caveat
        ? { zh: caveat.name, en: (caveat.nameEn || caveat.code).toUpperCase() }
        : { zh: code, en: code.toUpperCase() };
    };
  };

  /** The tables of `uids` with a classification, and whether each carries caveats. */
  const tablesOf = (uids: readonly string[]) =>
    uids.flatMap((uid) => {
      const model = getModel(strapi, uid);
      const table = tableOf(uid);
      return model?.attributes.classification && table
        ? [{ table, withCaveats: Boolean(model.attributes[CAVEATS_FIELD]) }]
        : [];
    });

  return {
    /** The marking of records read and shown one by one (an export, the 360). */
    async ofRecords(records: Iterable<Markable>): Promise<Marking> {
      return markingOfRecords(records, await caveatNames());
    },

    /**
     * The marking of an aggregate over the records of `uids` the caller may see (`scope`, as the
     * analytics queries apply it): the highest level present among them and every caveat they
     * carry. The answer's own filters and period are not applied, so the marking may be higher
     * than the figures strictly need, never lower; a record the caller may not see never raises
     * it. The level is probed from the highest visible level down with one `LIMIT 1` query per
     * table (usually the first finds a record); the caveats are one DISTINCT query per table.
     */
    async ofAggregate(uids: readonly string[], scope: Scope): Promise<Marking> {
      const tables = tablesOf(uids);
      const scoped = (table: string) => restrict(knex()({ r: table }), 'r.classification', scope);

      const levelPresent = async (): Promise<Classification> => {
        for (const level of [...(scope.levels ?? CLASSIFICATION_LEVELS)].reverse()) {
          for (const { table } of tables) {
            if (await scoped(table).where('r.classification', level).first(knex().raw('1')))
              return level;
          }
        }
        return 'public';
      };

      const caveatsPresent = async (): Promise<string[]> => {
        // jsonb compares as a value on PostgreSQL; elsewhere the stored text is compared.
        const column =
          clientOf(strapi) === 'postgres'
            ? knex().raw(`r.${CAVEATS_FIELD}::text AS c`)
            : `r.${CAVEATS_FIELD} as c`;
        const codes = new Set<string>();
        for (const { table } of tables.filter((entry) => entry.withCaveats)) {
          const rows = (await scoped(table)
            .whereNotNull(`r.${CAVEATS_FIELD}`)
            .distinct(column)) as Array<{ c: unknown }>;
          for (const row of rows) for (const code of codesIn(row.c)) codes.add(code);
        }
        return [...codes];
      };

      const [level, caveats, names] = await Promise.all([
        levelPresent(),
        caveatsPresent(),
        caveatNames(),
      ]);
      return markingOf(level, caveats, names);
    },
  };
};

export type MarkingService = ReturnType<typeof createMarkingService>;

export default createMarkingService;
