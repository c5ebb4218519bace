import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { CLASSIFICATION_LEVELS, type Classification } from '../domain/classification';
import { markingOf, markingOfRecords, type Markable, type Marking } from '../domain/marking';
import { getModel } from '../utils/get-model';

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
    async ofAggregate(
      uids: readonly string[],
      levels: readonly Classification[] | null,
    ): Promise<Marking> {
      const tables = uids
        .filter((uid) => getModel(strapi, uid)?.attributes.classification)
        .map(tableOf)
        .filter((table): table is string => Boolean(table));
      const candidates = [...(levels ?? CLASSIFICATION_LEVELS)].reverse();
      for (const level of candidates) {
        for (const table of tables) {
          const found = await knex()(table).where('classification', level).first(knex().raw('1'));
          if (found) return markingOf(level);
        }
      }
      return markingOf('public');
    },
  };
};

export type MarkingService = ReturnType<typeof createMarkingService>;

export default createMarkingService;
