import { loadConfig } from '../config/config';
import { createServices } from '../domain/services';
import { createLogger } from '../log/logger';
import { formatPassReport, passSummary } from './passReport';
import { createScheduler } from './reminderWiring';
import { openStore } from './openStore';

/**
 * `npm run reminders -- [--now <ISO time>] [--json]`: one reminders pass in its own
 * process, on the configured store, and what it sent, skipped and why. It runs
 * beside a server on the same store (SQLite included): an external timer can run it
 * with the server's own scheduler turned off, and tests run it "as of" a time.
 * With --now the pass's clock starts at that instant and runs on from there.
 */
/** Written out in full before the process exits: stdout to a pipe is asynchronous. */
const print = (text: string): Promise<void> => new Promise((resolve) => process.stdout.write(text, () => resolve()));

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  const nowArg = argument('--now');
  const start = nowArg === undefined ? Date.now() : Date.parse(nowArg);
  if (Number.isNaN(start)) throw new Error(`--now must be an ISO time such as 2026-12-07T12:00:00Z (got "${nowArg}")`);
  const config = loadConfig(process.env, process.env.BOT_ID ? 'production' : 'local');
  const log = createLogger(config.logLevel);
  const store = await openStore(config);
  let startedAt = Date.now();
  const services = createServices({ store, now: () => new Date(start + (Date.now() - startedAt)) });
  try {
    const scheduler = createScheduler(config, services, log);
    startedAt = Date.now();
    const report = await scheduler.runPass();
    if (process.argv.includes('--json')) {
      await print(`${JSON.stringify(passSummary(report))}\n`);
      return;
    }
    const names = new Map<string, string>();
    for (const id of new Set([...report.outcomes.map((o) => o.entry.groupId), ...report.notes.map((n) => n.groupId)])) {
      names.set(id, (await store.groups.get(id))?.name ?? id);
    }
    await print(formatPassReport(report, (id) => names.get(id) ?? id));
  } finally {
    await store.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`The reminders pass failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
