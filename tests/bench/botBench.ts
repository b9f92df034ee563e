import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * npm run bench:bot — the `dagordning` command over HTTP (deliveryMode
 * expectReplies, 50 connections) against the app in local mode with demo data,
 * and the same load against a minimal botbuilder echo bot, in one run. Each
 * server runs in its own process so its peak RSS (VmHWM) is its own.
 */
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP_S = 3;
const root = path.resolve(__dirname, '../..');

interface Result {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  peakRssMb: number;
  errors: number;
  non2xx: number;
}

const children = new Set<ChildProcess>();
process.on('exit', () => children.forEach((c) => c.kill()));

function startServer(script: string, env: Record<string, string>): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    const timer = setTimeout(() => reject(new Error(`${script} did not start`)), 20000);
    const onData = (chunk: Buffer): void => {
      const text = chunk.toString();
      if (text.includes('ready') || text.includes('listening') || text.includes('körs lokalt')) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

function peakRssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

function activity(port: number) {
  return JSON.stringify({
    type: 'message',
    text: 'dagordning',
    locale: 'sv-SE',
    channelId: 'msteams',
    deliveryMode: 'expectReplies',
    serviceUrl: `http://127.0.0.1:${port}`,
    conversation: { id: 'a:bench-personal', conversationType: 'personal', tenantId: '00000000-0000-0000-0000-0000000000001' },
    from: { id: 'user-id-0', name: 'Sara Lindqvist', aadObjectId: '00000000-0000-0000-0000-000000000020' },
    recipient: { id: '28:bench-bot', name: 'Dagordning' },
  });
}

async function load(name: string, port: number, child: ChildProcess): Promise<Result> {
  const url = `http://127.0.0.1:${port}/api/messages`;
  const options = { url, method: 'POST' as const, connections: CONNECTIONS, headers: { 'content-type': 'application/json' }, body: activity(port) };
  await autocannon({ ...options, duration: WARMUP_S });
  const result = await autocannon({ ...options, duration: DURATION_S });
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    peakRssMb: peakRssMb(child.pid!),
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dagordning-bench-'));
  const app = await startServer(path.join(root, 'dist/bot/main/local.js'), {
    PORT: '3988', SQLITE_PATH: path.join(dir, 'bench.db'), DEMO_DATA: 'true', LOG_LEVEL: 'warn',
  });
  const dagordning = await load('dagordning', 3988, app);
  app.kill();
  const echo = await startServer(path.join(root, 'dist/bench/echoBot.js'), { PORT: '3989' });
  const baseline = await load('echo bot', 3989, echo);
  echo.kill();
  fs.rmSync(dir, { recursive: true, force: true });

  const row = (r: Result): string =>
    `${r.name.padEnd(12)} ${r.rps.toFixed(0).padStart(8)} ${r.p50.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${r.peakRssMb.toFixed(1).padStart(10)} ${String(r.errors + r.non2xx).padStart(8)}`;
  console.log(`\nbench:bot — ${CONNECTIONS} connections, ${DURATION_S} s after ${WARMUP_S} s warm-up, deliveryMode expectReplies, Node ${process.version}`);
  console.log(`${'server'.padEnd(12)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'peak RSS MB'.padStart(10)} ${'failed'.padStart(8)}`);
  console.log(row(dagordning));
  console.log(row(baseline));
  const ratios = [
    ['throughput', dagordning.rps / baseline.rps, '≥ 0.90', dagordning.rps / baseline.rps >= 0.9],
    ['p99 latency', dagordning.p99 / baseline.p99, '≤ 1.20', dagordning.p99 / baseline.p99 <= 1.2],
    ['peak RSS', dagordning.peakRssMb / baseline.peakRssMb, '≤ 1.20', dagordning.peakRssMb / baseline.peakRssMb <= 1.2],
  ] as const;
  console.log('\nratio dagordning / echo bot');
  for (const [label, value, target, ok] of ratios) console.log(`  ${label.padEnd(12)} ${value.toFixed(2)}  (target ${target}) ${ok ? 'met' : 'NOT met'}`);
  if (dagordning.errors + dagordning.non2xx > 0) console.log(`\n${dagordning.errors + dagordning.non2xx} requests to dagordning failed`);
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
