import { loadSharePointSettings } from '../config/config';
import { guardProcessOutput, writeErr, writeOut } from '../log/output';
import { provision } from '../stores/sharepoint/provision';
import { SharePointStore } from '../stores/sharepoint/sharePointStore';
import { LISTS } from '../stores/sharepoint/schema';

/** `npm run provision -- --site <site-id | hostname:/sites/path>`: lists, columns and indexes, idempotently. */
async function main(): Promise<void> {
  const siteArg = process.argv.indexOf('--site');
  const site = siteArg >= 0 ? process.argv[siteArg + 1] : undefined;
  const settings = loadSharePointSettings(process.env, site);
  const report = await provision(SharePointStore.gateway(settings), settings.siteId);
  if (report.changes.length === 0) {
    writeOut(`Nothing to change: all ${LISTS.length} lists, their columns and indexes are in place on site ${report.siteId}.\n`);
    return;
  }
  writeOut(`Provisioned site ${report.siteId}:\n${report.changes.map((c) => `  - ${c}`).join('\n')}\n`);
}

guardProcessOutput();
main().catch((error: unknown) => {
  writeErr(`Provisioning failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
