import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ArchiveService } from '../../bot/src/domain/archive/service';
import { foldForSearch, matchText, readQuery } from '../../bot/src/domain/archive/searchText';
import type { Store } from '../../bot/src/domain/storage';
import { SqliteStore } from '../../bot/src/stores/sqlite/sqliteStore';
import { archiveHistory, seedHistory, storeHistory, type ArchiveHistory } from '../support/archiveSeed';
import { startTestSite } from '../support/sharePoint';

/**
 * npm run bench:search — the archive of 1,000 meetings (about 15 items each, every
 * meeting's minutes published) on SQLite and on SharePoint through the Graph emulator
 * with 100 ms added to every Graph call (seeded with the latency off, then on). Prints
 * cold search (a process's first, which loads the group's index), warm search, the
 * archive's first page, and a naive search as the baseline: every published version
 * read through the store and scanned, measured in the same run.
 */
const MEETINGS = 1000;
const ITEMS_PER_MEETING = 15;
const LATENCY_MS = 100;
const NOW = new Date('2026-11-25T09:00:00.000Z');
const QUERIES = ['budget', 'skolgårdsmiljö', 'rektorer', 'elevhalsa norrby', 'språkutveckling', 'beslutade anta', 'lokal', 'digitala lärverktyg', 'kvalitetsarbete', 'Åby'];

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const summary = (values: number[]) => ({ median: percentile(values, 50), p95: percentile(values, 95) });

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** The baseline: no index, every published version read through the store and each item's texts scanned. */
async function naiveSearch(store: Store, history: ArchiveHistory, q: string): Promise<number> {
  const query = readQuery(q);
  let hits = 0;
  for (const version of await store.minutesVersions.listByGroup(history.group.id)) {
    for (const part of version.snapshot.parts) {
      for (const item of part.items) {
        if ([item.title, ...item.notes, ...item.decisions].some((text) => matchText(foldForSearch(text), query))) hits++;
      }
    }
  }
  return hits;
}

interface Figures {
  cold: number[];
  warm: number[];
  firstPageCold: number[];
  firstPageWarm: number[];
  baseline: number[];
}

async function measure(store: Store, history: ArchiveHistory, runs: { cold: number; warm: number; baseline: number }): Promise<Figures> {
  const fresh = () => new ArchiveService({ store, now: () => NOW });
  const figures: Figures = { cold: [], warm: [], firstPageCold: [], firstPageWarm: [], baseline: [] };
  for (let n = 0; n < runs.cold; n++) {
    // Each as a new process's first read; the check for meetings missing from the index that follows it is let finish before the next.
    const searching = fresh();
    figures.cold.push(await timed(() => searching.search(history.reader, QUERIES[n % QUERIES.length]!)));
    await searching.index.flush();
    const opening = fresh();
    figures.firstPageCold.push(await timed(() => opening.terms(history.reader)));
    await opening.index.flush();
  }
  const warm = fresh();
  await warm.terms(history.reader);
  for (let n = 0; n < runs.warm; n++) {
    figures.warm.push(await timed(() => warm.search(history.reader, QUERIES[n % QUERIES.length]!)));
    figures.firstPageWarm.push(await timed(() => warm.terms(history.reader)));
  }
  for (let n = 0; n < runs.baseline; n++) figures.baseline.push(await timed(() => naiveSearch(store, history, QUERIES[n % QUERIES.length]!)));
  return figures;
}

function report(name: string, f: Figures): void {
  const row = (label: string, values: number[], baseline?: number) => {
    const { median, p95 } = summary(values);
    const ratio = baseline === undefined ? '' : `${(median / baseline).toFixed(2)} × the baseline's median`;
    console.log(`  ${label.padEnd(30)} median ${median.toFixed(1).padStart(8)} ms   p95 ${p95.toFixed(1).padStart(8)} ms   ${ratio}`);
  };
  const baseline = summary(f.baseline).median;
  console.log(`\n${name}`);
  row('search, cold (first of a process)', f.cold, baseline);
  row('search, warm', f.warm, baseline);
  row('archive first page, cold', f.firstPageCold);
  row('archive first page, warm', f.firstPageWarm);
  row('baseline: scan every version', f.baseline);
}

async function main(): Promise<void> {
  const history = archiveHistory(MEETINGS, ITEMS_PER_MEETING);
  console.log(`bench:search — ${MEETINGS} meetings, ${history.items.length} agenda items, every meeting's minutes published; targets: search < 300 ms, first page < 1 s`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dagordning-bench-search-'));
  const sqlite = SqliteStore.open(path.join(dir, 'bench.db'));
  await storeHistory(sqlite, history);
  report('SQLite', await measure(sqlite, history, { cold: 10, warm: 50, baseline: 10 }));
  await sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });

  const site = await startTestSite();
  seedHistory(site.graph, history);
  const sharePoint = await site.connect();
  site.graph.faults.latencyMs = LATENCY_MS;
  report(`SharePoint (Graph emulator, ${LATENCY_MS} ms a call, list view threshold on)`, await measure(sharePoint, history, { cold: 5, warm: 20, baseline: 5 }));
  const refused = site.graph.stats.entries.filter((e) => e.status === 429).length;
  console.log(`  Graph requests refused for the list view threshold or throttling: ${refused}`);
  await site.stop();
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
