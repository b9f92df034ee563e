import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DagordningApp } from '../../bot/src/app/dagordningApp';
import type { TurnInput } from '../../bot/src/app/turn';
import { createServices } from '../../bot/src/domain/services';
import { actionData } from '../support/cards/validateCard';
import type { Store } from '../../bot/src/domain/storage';
import { createLogger } from '../../bot/src/log/logger';
import { SqliteStore } from '../../bot/src/stores/sqlite/sqliteStore';
import { startTestSite } from '../support/sharePoint';

/**
 * npm run bench:store — each user operation on the SharePoint store (Graph emulator
 * with 100 ms added to every Graph call) and on the SQLite store, in one run: how
 * many Graph requests it costs, how long it takes, and the ratio to SQLite.
 */
const LATENCY_MS = 100;
const NOW = new Date('2026-11-22T09:00:00.000Z');
const TEAM = { teamId: '19:bench-team@thread.tacv2', name: 'Ledningsgruppen', tenantId: 't' };
const turn: TurnInput = {
  person: { userId: '29:bench-secretary', aadObjectId: '00000000-0000-0000-0000-00000000b001', name: 'Sara Lindqvist' },
  conversation: { id: TEAM.teamId, scope: 'team', team: TEAM, tenantId: TEAM.tenantId },
  locale: 'sv',
};

async function seed(store: Store): Promise<void> {
  const app = new DagordningApp(createServices({ store, now: () => NOW }), createLogger('silent'));
  await app.onInstalled(turn, {});
  for (let n = 0; n < 200; n++) {
    const start = new Date(Date.UTC(2018, 0, 2) + n * 14 * 86400_000);
    await store.meetings.add({
      id: `archive-${n}`, groupId: TEAM.teamId, startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3 * 3600_000).toISOString(),
      place: 'Jupiter', online: false, agendaDeadline: start.toISOString(), status: 'genomfort', createdAt: start.toISOString(),
    });
  }
  await app.onMessage(turn, 'möte 8 dec 13-16 Jupiter + Teams');
  for (let n = 1; n <= 10; n++) await app.onMessage(turn, `punkt Förberedd punkt ${n}`);
}

interface Operation {
  name: string;
  run(app: DagordningApp, store: Store): Promise<unknown>;
}

let counter = 0;
const operations: Operation[] = [
  { name: 'show the agenda', run: (app) => app.onMessage(turn, 'dagordning') },
  { name: 'add an item', run: (app) => app.onMessage(turn, `punkt Ny punkt ${++counter}`) },
  {
    name: 'save a card edit',
    run: async (app) => {
      const [reply] = await app.onMessage(turn, `punkt Att redigera ${++counter}`);
      const data = actionData((reply as { card: unknown }).card, 'item.save');
      return { prepared: true, save: () => app.onCardAction(turn, { ...data, title: `Redigerad ${counter}`, section: 'beslut', presenters: 'SL', minutes: '20', description: 'Underlag bifogas.', link: '' }) };
    },
  },
  { name: 'list the archive (200 meetings)', run: (_app, store) => store.meetings.listByGroup(TEAM.teamId) },
];

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timeOperation(op: Operation, app: DagordningApp, store: Store, repeats: number, before?: () => void, after?: () => void): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    let work = () => op.run(app, store);
    if (op.name === 'save a card edit') {
      const prepared = (await op.run(app, store)) as { save: () => Promise<unknown> };
      work = prepared.save;
    }
    before?.();
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
    after?.();
  }
  return times;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dagordning-bench-store-'));
  const sqlite = SqliteStore.open(path.join(dir, 'bench.db'));
  await seed(sqlite);
  const sqliteApp = new DagordningApp(createServices({ store: sqlite, now: () => NOW }), createLogger('silent'));

  const site = await startTestSite();
  const sharePoint = await site.connect();
  await seed(sharePoint);
  const spApp = new DagordningApp(createServices({ store: sharePoint, now: () => NOW }), createLogger('silent'));
  site.graph.faults.latencyMs = LATENCY_MS;

  console.log(`\nbench:store — ${LATENCY_MS} ms added to every Graph call; median of 5 runs (SharePoint) and 50 runs (SQLite)`);
  console.log(`${'operation'.padEnd(32)} ${'Graph requests'.padStart(14)} ${'inner'.padStart(6)} ${'RU'.padStart(4)} ${'SharePoint ms'.padStart(14)} ${'SQLite ms'.padStart(10)} ${'ratio'.padStart(8)}`);
  for (const op of operations) {
    const requests: number[] = [];
    const inner: number[] = [];
    const units: number[] = [];
    const spTimes = await timeOperation(op, spApp, sharePoint, 5, () => site.graph.reset(), () => {
      requests.push(site.graph.stats.graphRequestCount);
      inner.push(site.graph.stats.innerRequestCount);
      units.push(site.graph.stats.resourceUnitsUsed);
    });
    const sqliteTimes = await timeOperation(op, sqliteApp, sqlite, 50);
    const sp = median(spTimes);
    const local = median(sqliteTimes);
    console.log(`${op.name.padEnd(32)} ${String(median(requests)).padStart(14)} ${String(median(inner)).padStart(6)} ${String(median(units)).padStart(4)} ${sp.toFixed(1).padStart(14)} ${local.toFixed(3).padStart(10)} ${(sp / local).toFixed(0).padStart(7)}×`);
  }
  console.log('\nGraph requests count HTTP round trips (a $batch is one); inner = requests inside batches; RU = SharePoint resource units charged.');
  await sqlite.close();
  await site.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
