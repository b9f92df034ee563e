import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { freePort } from '../support/freePort';

/**
 * npm run bench:tab — the tab as a user first opens it, in headless Chromium on this machine:
 * the app in local mode with the demo data, a fresh browser context per run (nothing cached).
 *   - time from navigation start to the first render of the next meeting (Nästa möte) and of
 *     the last meeting's published minutes (Protokoll) and of the archive's first page (Arkiv),
 *     each the tab's own performance mark,
 *     median of RUNS, against an empty HTML page's load in the same run;
 *   - the JavaScript each view loads: bytes as served and gzipped.
 * Targets: first render ≤ 1 s, JavaScript ≤ 300 KB gzipped.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const NEXT_MEETING = { label: 'Nästa möte', path: '/tab/', mark: 'dagordning:meeting-rendered' };
const MINUTES = { label: 'Protokoll', path: '/tab/?view=protokoll', mark: 'dagordning:minutes-rendered' };
const ARCHIVE = { label: 'Arkiv', path: '/tab/?view=arkiv', mark: 'dagordning:archive-rendered' };
type View = typeof NEXT_MEETING;
const TARGET_MS = 1000;
const TARGET_GZIP_KB = 300;
const root = path.resolve(__dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Every host but this machine fails to resolve at once, as offline (teams-js asks a CDN for valid hosts),
// without intercepting requests, which would add its own latency to each.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

const children = new Set<ChildProcess>();
process.on('exit', () => children.forEach((c) => c.kill()));

function startApp(env: Record<string, string>): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'dist/bot/main/local.js')], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    const timer = setTimeout(() => reject(new Error('the app did not start')), 20000);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('körs lokalt')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('exit', (code) => reject(new Error(`the app exited with ${code}`)));
  });
}

/** The baseline: an empty HTML page from a bare Node server. */
async function startEmptyPage(): Promise<{ url: string; close: () => void }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Tom sida</title></head><body></body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}

async function newLocalPage(browser: Browser) {
  const context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  return { context, page: await context.newPage() };
}

async function timeTab(browser: Browser, url: string, mark: string): Promise<number> {
  const { context, page } = await newLocalPage(browser);
  await page.goto(url);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark);
  const ms = await page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, mark);
  await context.close();
  return ms;
}

async function timeEmptyPage(browser: Browser, url: string): Promise<number> {
  const { context, page } = await newLocalPage(browser);
  await page.goto(url, { waitUntil: 'load' });
  const ms = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
  await context.close();
  return ms;
}

async function scriptsLoaded(browser: Browser, url: string, mark: string): Promise<{ file: string; bytes: number; gzip: number }[]> {
  const { context, page } = await newLocalPage(browser);
  const scripts: Promise<{ file: string; bytes: number; gzip: number }>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(response.body().then((body) => ({ file: new URL(response.url()).pathname, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length })));
  });
  await page.goto(url);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark);
  const loaded = await Promise.all(scripts);
  await context.close();
  return loaded;
}

/** All of dist/tab's JavaScript: inside Teams the tab loads teams-js too, and the lazy pages load on demand. */
function builtScripts(): { bytes: number; gzip: number } {
  const dir = path.join(root, 'dist/tab');
  const files = fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.js'));
  return files.reduce(
    (sum, file) => {
      const body = fs.readFileSync(path.join(dir, file));
      return { bytes: sum.bytes + body.length, gzip: sum.gzip + gzipSync(body, { level: 9 }).length };
    },
    { bytes: 0, gzip: 0 },
  );
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(root, 'dist/tab/index.html'))) throw new Error('dist/tab is missing: run npm run build first');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dagordning-tab-bench-'));
  const port = await freePort();
  const app = await startApp({ PORT: String(port), SQLITE_PATH: path.join(dir, 'bench.db'), DEMO_DATA: 'true', LOG_LEVEL: 'warn' });
  const empty = await startEmptyPage();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  const urlOf = (view: View): string => `http://127.0.0.1:${port}${view.path}`;
  const views = [NEXT_MEETING, MINUTES, ARCHIVE];
  try {
    // One warm-up of each, so the first measured run does not pay for the browser's own start.
    for (const view of views) await timeTab(browser, urlOf(view), view.mark);
    await timeEmptyPage(browser, empty.url);
    const times = new Map<View, number[]>(views.map((v) => [v, []]));
    const baseline: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      baseline.push(await timeEmptyPage(browser, empty.url));
      for (const view of views) times.get(view)!.push(await timeTab(browser, urlOf(view), view.mark));
    }

    const row = (label: string, values: number[]): string =>
      `${label.padEnd(40)} ${median(values).toFixed(0).padStart(8)} ${Math.min(...values).toFixed(0).padStart(8)} ${Math.max(...values).toFixed(0).padStart(8)}`;
    console.log(`\nbench:tab — headless Chromium ${browser.version()}, ${RUNS} cold loads each (fresh context), local mode with demo data, Node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}`);
    console.log(`${'navigation → …'.padEnd(40)} ${'median'.padStart(8)} ${'min'.padStart(8)} ${'max'.padStart(8)}  (ms)`);
    console.log(row('empty HTML page: load event', baseline));
    for (const view of views) console.log(row(`tab: ${view.label} first render`, times.get(view)!));

    const loads = new Map<View, { bytes: number; gzip: number }>();
    for (const view of views) {
      const scripts = await scriptsLoaded(browser, urlOf(view), view.mark);
      const gzip = scripts.reduce((sum, s) => sum + s.gzip, 0);
      const bytes = scripts.reduce((sum, s) => sum + s.bytes, 0);
      loads.set(view, { bytes, gzip });
      console.log(`\nJavaScript ${view.label} loads (${scripts.length} files):`);
      for (const s of scripts) console.log(`  ${s.file.padEnd(44)} ${kb(s.bytes).padStart(10)}  gzip ${kb(s.gzip).padStart(9)}`);
      console.log(`  ${'total'.padEnd(44)} ${kb(bytes).padStart(10)}  gzip ${kb(gzip).padStart(9)}`);
    }
    const built = builtScripts();
    console.log(`  every script built (what any page may load, teams-js and the lazy pages included): ${kb(built.bytes)}, gzip ${kb(built.gzip)}`);

    console.log('\nresults');
    for (const view of views) {
      const renderMs = median(times.get(view)!);
      const { gzip } = loads.get(view)!;
      console.log(`  ${view.label.padEnd(11)} first render ${renderMs.toFixed(0)} ms = ${(renderMs / median(baseline)).toFixed(1)} × the empty page; ${(renderMs / TARGET_MS).toFixed(2)} of the 1 s target — ${renderMs <= TARGET_MS ? 'met' : 'NOT met'}`);
      console.log(`  ${view.label.padEnd(11)} JavaScript gzipped ${kb(gzip)} = ${(gzip / 1024 / TARGET_GZIP_KB).toFixed(2)} of the ${TARGET_GZIP_KB} KB target — ${gzip / 1024 <= TARGET_GZIP_KB ? 'met' : 'NOT met'}`);
    }
  } finally {
    await browser.close();
    empty.close();
    app.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
