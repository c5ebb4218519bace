/**
 * `npm run audit:verify`: recomputes the audit trail's hash chain (the same check as the Verify
 * button of the Audit trail page) against the database the app is configured for. Prints the
 * result as JSON; exit code 1 when the chain is broken, with the first broken entry's id.
 */
import type { AuditChainService } from '../plugins/synergy/server/src/services/audit-chain';
import { withStrapi } from './seed/setup';

const main = async (): Promise<number> => {
  const result = await withStrapi((strapi) =>
    (strapi.plugin('synergy').service('audit-chain') as AuditChainService).verify(),
  );
  console.log(JSON.stringify(result, null, 2));
  if (result.ok) {
    console.log(`Audit chain intact: ${result.checked} entries verified.`);
    return 0;
  }
  console.error(
    result.brokenEntryId === null
      ? `Audit chain broken: the newest entries are missing (the chain stops after ${result.checked} entries short of its head).`
      : `Audit chain broken at entry ${result.brokenEntryId}: it was changed, inserted, or the entry before it was removed.`,
  );
  return 1;
};

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(2);
    },
  );
}
