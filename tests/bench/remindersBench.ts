import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../../bot/src/stores/sqlite/sqliteStore';
import { ConnectorEmulator } from '../support/botConnector/connectorEmulator';

/**
 * npm run bench:reminders — one reminder to each of 2,000 team channels, sent by the
 * one-pass command (dist/bot/main/reminders.js) on a SQLite store to the Bot Connector
 * emulator, which enforces Teams' limits (7 in 1 s, 8 in 2 s, 60 in 30 s per
 * conversation; 40 a second for the app). Then the same with the pass killed half way
 * and run again after its lease. Prints the rate achieved against the app's 40 a
 * second, and the messages lost and sent twice (against those in flight at the kill).
 */
const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 2000);
const APP_RATE = 40;
const root = path.resolve(__dirname, '../..');
const DUE = '2026-12-07T12:00:00.000Z';
const AFTER_LEASE = '2026-12-07T12:05:00.000Z';

const children = new Set<ChildProcess>();
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));

async function seed(file: string, connector: ConnectorEmulator): Promise<string[]> {
  const store = SqliteStore.open(file);
  const channels: string[] = [];
  for (let n = 0; n < RECIPIENTS; n++) {
    const teamId = `19:bench-${String(n).padStart(5, '0')}@thread.tacv2`;
    await store.groups.createIfAbsent({ id: teamId, teamId, name: `Ledningsgrupp ${n}`, tenantId: 't', createdAt: '2026-11-01T09:00:00.000Z', language: 'sv' });
    await store.conversations.save({
      conversationId: teamId, scope: 'team', groupId: teamId, updatedAt: '2026-11-01T09:00:00.000Z',
      reference: { channelId: 'msteams', serviceUrl: connector.url, bot: { id: '28:dagordning', name: 'Dagordning' }, conversation: { id: teamId, conversationType: 'channel', isGroup: true, tenantId: 't' } },
    });
    await store.meetings.add({
      id: `meeting-${n}`, groupId: teamId, startsAt: '2026-12-08T12:00:00.000Z', endsAt: '2026-12-08T15:00:00.000Z', place: 'Jupiter', online: false,
      agendaDeadline: '2026-12-03T11:00:00.000Z', status: 'planerat', createdAt: '2026-11-01T09:00:00.000Z',
    });
    channels.push(teamId);
  }
  await store.close();
  return channels;
}

interface Pass {
  child: ChildProcess;
  done: Promise<{ code: number | null; summary?: { sent: number; takenOver: number; failed: number; deferred: number } }>;
}

function startPass(file: string, now: string): Pass {
  const child = spawn(process.execPath, [path.join(root, 'dist/bot/main/reminders.js'), '--now', now, '--json'], {
    env: { ...process.env, SQLITE_PATH: file, LOG_LEVEL: 'error', SEND_RATE_PER_SECOND: String(APP_RATE) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.add(child);
  let stdout = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const done = new Promise<{ code: number | null; summary?: never }>((resolve) =>
    child.once('exit', (code) => {
      children.delete(child);
      resolve({ code, summary: code === 0 ? JSON.parse(stdout) : undefined });
    }),
  );
  return { child, done };
}

interface Figures {
  delivered: number;
  ratePerSecond: number;
  /** The most sends Teams saw in any one second. */
  busiestSecond: number;
  lost: number;
  duplicates: number;
  refused: number;
}

function figures(connector: ConnectorEmulator, channels: string[], since: number): Figures {
  const sends = connector.calls.filter((c) => c.kind === 'send' && (c.at ?? 0) >= since);
  const counts = new Map<string, number>();
  for (const send of sends) counts.set(send.conversationId, (counts.get(send.conversationId) ?? 0) + 1);
  const times = sends.map((s) => s.at!).sort((a, b) => a - b);
  // Sent as fast as the windows allow, a second's worth goes out at the start of each second: the last one's second counts in full.
  const seconds = times.length > 0 ? (times[times.length - 1]! - times[0]!) / 1000 + 1 : 0;
  let busiest = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= 1000) j++;
    busiest = Math.max(busiest, i - j + 1);
  }
  return {
    delivered: sends.length,
    ratePerSecond: seconds > 0 ? times.length / seconds : 0,
    busiestSecond: busiest,
    lost: channels.filter((c) => !counts.has(c)).length,
    duplicates: [...counts.values()].reduce((sum, n) => sum + n - 1, 0),
    refused: connector.refused.filter((r) => r.at >= since).length,
  };
}

async function cleanRun(connector: ConnectorEmulator, dir: string): Promise<Figures & { seconds: number }> {
  const file = path.join(dir, 'clean.db');
  const channels = await seed(file, connector);
  const since = performance.now();
  const pass = startPass(file, DUE);
  const { code } = await pass.done;
  if (code !== 0) throw new Error(`the pass exited with ${code}`);
  return { ...figures(connector, channels, since), seconds: (performance.now() - since) / 1000 };
}

async function killedRun(connector: ConnectorEmulator, dir: string): Promise<Figures & { inFlightAtKill: number; takenOver: number; sentBeforeKill: number; firstRate: number; secondRate: number }> {
  const file = path.join(dir, 'killed.db');
  const channels = await seed(file, connector);
  const since = performance.now();
  const first = startPass(file, DUE);
  const delivered = (): number => connector.calls.filter((c) => c.kind === 'send' && (c.at ?? 0) >= since).length;
  while (delivered() < RECIPIENTS / 2) await new Promise((resolve) => setTimeout(resolve, 5));
  first.child.kill('SIGKILL');
  await first.done;
  const firstFigures = figures(connector, channels, since);
  const sentBeforeKill = firstFigures.delivered;
  const store = SqliteStore.open(file);
  const inFlightAtKill = (await store.outbox.listDue(AFTER_LEASE)).filter((e) => e.state === 'claimed').length;
  await store.close();

  const restart = performance.now();
  const second = startPass(file, AFTER_LEASE);
  const { code, summary } = await second.done;
  if (code !== 0 || !summary) throw new Error(`the rerun exited with ${code}`);
  const all = figures(connector, channels, since);
  return { ...all, inFlightAtKill, takenOver: summary.takenOver, sentBeforeKill, firstRate: firstFigures.ratePerSecond, secondRate: figures(connector, channels, restart).ratePerSecond };
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dagordning-bench-reminders-'));
  const connector = await ConnectorEmulator.start({ limits: { appPerSecond: APP_RATE } });
  try {
    const clean = await cleanRun(connector, dir);
    const killed = await killedRun(connector, dir);
    const pct = (rate: number): string => `${((rate / APP_RATE) * 100).toFixed(1)}%`;
    console.log(`\nbench:reminders — ${RECIPIENTS} channels, one meeting reminder each, Bot Connector emulator at Teams' limits (app ${APP_RATE}/s), Node ${process.version}`);
    console.log(`${'run'.padEnd(26)} ${'msgs/s'.padStart(7)} ${'of 40/s'.padStart(8)} ${'max in 1 s'.padStart(10)} ${'sent'.padStart(6)} ${'lost'.padStart(5)} ${'twice'.padStart(6)} ${'429s'.padStart(5)}`);
    const row = (name: string, f: Figures): string =>
      `${name.padEnd(26)} ${f.ratePerSecond.toFixed(1).padStart(7)} ${pct(f.ratePerSecond).padStart(8)} ${String(f.busiestSecond).padStart(10)} ${String(f.delivered).padStart(6)} ${String(f.lost).padStart(5)} ${String(f.duplicates).padStart(6)} ${String(f.refused).padStart(5)}`;
    console.log(row('clean run', clean));
    console.log(row('killed at half way + rerun', killed));
    console.log('(msgs/s: deliveries over the seconds from the first to the last; the killed run counts the restart between its passes)');
    console.log(`\nclean run: ${clean.seconds.toFixed(1)} s for the whole pass (process start included)`);
    console.log(`killed run: ${killed.sentBeforeKill} delivered before the kill at ${killed.firstRate.toFixed(1)}/s; rerun at ${killed.secondRate.toFixed(1)}/s`);
    console.log(`  in flight at the kill (left claimed): ${killed.inFlightAtKill}; taken over by the rerun: ${killed.takenOver}; sent twice: ${killed.duplicates}`);
    const checks = [
      ['clean rate ≥ 90% of the limit', clean.ratePerSecond >= 0.9 * APP_RATE],
      ['clean run: 0 lost, 0 sent twice', clean.lost === 0 && clean.duplicates === 0],
      ['killed run: 0 lost', killed.lost === 0],
      ['killed run: sent twice ≤ in flight at the kill', killed.duplicates <= killed.inFlightAtKill],
    ] as const;
    console.log('\ntargets');
    for (const [label, ok] of checks) console.log(`  ${label.padEnd(48)} ${ok ? 'met' : 'NOT met'}`);
  } finally {
    await connector.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
