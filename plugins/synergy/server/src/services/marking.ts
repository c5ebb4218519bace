import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { CLASSIFICATION_LEVELS, type Classification } from '../domain/classification';
import { markingOf, markingOfRecords, type Markable, type Marking } from '../domain/marking';
import { getModel } from '../utils/get-model';
import { restrict, type Scope } from './analytics/sql';

/**
 * The markings of outputs (SPEC §1, marked outputs): what an export, an analytics answer or the 360
 * was computed from decides the level and caveats printed on it.
 */
const createMarkingService = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const tableOf = (uid: string) => getModel(strapi, uid)?.collectionName;

  return {
    /** The marking of records read and shown one by one (an export, the 360). */
    ofRecords(records: Iterable<Markable>): Marking {
      return markingOfRecords(records);
    },

    /**
     * The marking of an aggregate over the records of `uids` the caller may see (`levels`; null is
     * unrestricted): the highest level present among them. The answer's own filters and period
     * are not applied, so the marking may be higher than the figures strictly need, never lower.
     * Probes from the highest visible level down, one `LIMIT 1` query per table: usually the first
     * probe finds a record, so the cost does not grow with the tables.
     */
    async ofAggregate(uids: readonly string[], scope: Scope): Promise<Marking> {
      const tables = uids
        .filter((uid) => getModel(strapi, uid)?.attributes.classification)
        .map(tableOf)
        .filter((table): table is string => Boolean(table));
      // A record the caller may not see never raises the marking: the probe is scoped as the
      // answer's own queries are (alias `r`).
      const probe = (table: string, level: Classification) =>
        restrict(
          knex()({ r: table }).where('r.classification', level),
          'r.classification',
          scope,
        ).first(knex().raw('1'));
      for (const level of [...(scope.levels ?? CLASSIFICATION_LEVELS)].reverse()) {
        for (const table of tables) {
          if (await probe(table, level)) return markingOf(level);
        }
      }
      return markingOf('public');
    },
  };
};

export type MarkingService = ReturnType<typeof createMarkingService>;

export default createMarkingService;
