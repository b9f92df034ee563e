import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import zlib from 'node:zlib';
import { DEMO_PEOPLE, DEMO_TEAM } from '../../bot/src/demo/demoGroup';
import { ConnectorEmulator } from '../support/botConnector/connectorEmulator';
import { freePort } from '../support/freePort';
import { actionData } from '../support/cards/validateCard';
import { adaptiveCardAction, channelMessage, fromTenant, personalMessage, type TeamFixture, type TeamsUser } from '../support/teams/activities';
import { LINK_SIGNING_FOR_TESTS, TAB_SSO_FOR_TESTS } from '../support/productionSettings';

/**
 * npm run bench:hardening — the production server, in a child process of its own,
 * under two attacks, each against the same server's ordinary traffic in the same run:
 *  (a) memory, needing no credentials at all: peak RSS (VmHWM) after ordinary traffic,
 *      then after 16 concurrent gzip bodies of about 255 KB that each inflate to 256 MB;
 *  (b) blocking, needing only what any member has: how long one worst-case request (a
 *      presenters field of spaces, a message of "<") stalls the whole server, seen as
 *      the slowest of the /healthz probes sent while it runs, against an ordinary
 *      request of the same kind.
 * `node tests/bench/run.mjs hardeningBench --root <checkout>` measures another build
 * (its dist/ built there), e.g. an older commit, with this same bench. The server is
 * killed if its RSS passes BENCH_RSS_LIMIT_MB (default 8192), so a vulnerable build
 * cannot take the machine down.
 */
const APP_ID = '11111111-2222-3333-4444-555555555555';
const CONCURRENCY = 16;
const ORDINARY_S = Number(process.env.BENCH_DURATION ?? 10);
const INFLATED_BYTES = 256 * 1024 * 1024;
const PRESENTERS_SPACES = 120 * 1024;
const MESSAGE_ANGLES = 100 * 1024;
const PROBE_EVERY_MS = 20;
const RSS_LIMIT_MB = Number(process.env.BENCH_RSS_LIMIT_MB ?? 8192);

const rootArg = process.argv.indexOf('--root');
const root = path.resolve(rootArg >= 0 ? process.argv[rootArg + 1]! : path.resolve(__dirname, '../..'));

const sara: TeamsUser = { id: DEMO_PEOPLE[0]!.userId, name: DEMO_PEOPLE[0]!.name, aadObjectId: DEMO_PEOPLE[0]!.aadObjectId };
const team: TeamFixture = { teamId: DEMO_TEAM.teamId, name: DEMO_TEAM.name, aadGroupId: '00000000-0000-0000-0000-00000000a001', generalChannelId: DEMO_TEAM.teamId };

function status(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  try {
    const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(text)?.[1] ?? 0) / 1024;
  } catch {
    return NaN;
  }
}

/** Follows the server's memory; kills it past the limit. */
class MemoryWatch {
  peakMb = 0;
  killedAtMb: number | undefined;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly child: ChildProcess) {
    this.timer = setInterval(() => this.sample(), 50);
  }

  sample(): number {
    const hwm = status(this.child.pid!, 'VmHWM');
    if (Number.isFinite(hwm)) this.peakMb = Math.max(this.peakMb, hwm);
    const rss = status(this.child.pid!, 'VmRSS');
    if (rss > RSS_LIMIT_MB && this.killedAtMb === undefined) {
      this.killedAtMb = rss;
      this.child.kill('SIGKILL');
    }
    return this.peakMb;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

async function startServer(port: number, connector: ConnectorEmulator, dir: string): Promise<ChildProcess> {
  const entry = path.join(root, 'dist/bot/main/production.js');
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: build that checkout first (npm run build)`);
  const child = spawn(process.execPath, [entry], {
    env: {
      PATH: process.env.PATH ?? '', PORT: String(port), HOST: '127.0.0.1', SQLITE_PATH: path.join(dir, 'bench.db'), DEMO_DATA: 'true', LOG_LEVEL: 'error',
      BOT_ID: APP_ID, BOT_PASSWORD: 'bench-only-not-a-secret', BOT_TENANT_ID: DEMO_TEAM.tenantId, BOT_OPENID_METADATA_URL: connector.openIdMetadataUrl,
      // Production starts only with the tab's sign-on and the link signing settings; the bench uses neither.
      ...TAB_SSO_FOR_TESTS, ...LINK_SIGNING_FOR_TESTS,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${stderr}`)), 30000);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening on')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}:\n${stderr}`)));
  });
  return child;
}

interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  ms: number;
}

async function post(url: string, body: Uint8Array | string, headers: Record<string, string>): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: typeof body === 'string' ? body : new Uint8Array(body) });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Keep the text.
    }
    return { status: response.status, body: parsed, ms: performance.now() - started };
  } catch {
    return { status: 0, body: undefined, ms: performance.now() - started };
  }
}

/** An activity as the Bot Connector sends it, from the demo group's tenant: signed for this bot, replies in the HTTP answer. */
function signed(connector: ConnectorEmulator, activity: { conversation: object; channelData?: object }): [string, Record<string, string>] {
  return [JSON.stringify({ ...fromTenant(activity, DEMO_TEAM.tenantId), deliveryMode: 'expectReplies' }), { Authorization: `Bearer ${connector.channelToken({ appId: APP_ID })}` }];
}

const common = (connector: ConnectorEmulator) => ({ serviceUrl: connector.url, locale: 'sv-SE' });

async function ordinaryTraffic(url: string, connector: ConnectorEmulator): Promise<{ requests: number; failed: number }> {
  const until = performance.now() + ORDINARY_S * 1000;
  let requests = 0;
  let failed = 0;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (performance.now() < until) {
      const answer = await post(url, ...signed(connector, channelMessage(common(connector), team, sara, 'dagordning')));
      requests++;
      if (answer.status !== 200) failed++;
    }
  }));
  return { requests, failed };
}

/** A JSON activity whose text is `inflated` bytes of spaces, gzipped: about 1,000 times smaller on the wire. */
function gzipBomb(connector: ConnectorEmulator): Buffer {
  const head = Buffer.from(`{"type":"message","serviceUrl":"${connector.url}","channelId":"msteams","conversation":{"id":"a:x"},"from":{"id":"x"},"recipient":{"id":"b"},"text":"`);
  const tail = Buffer.from('"}');
  return zlib.gzipSync(Buffer.concat([head, Buffer.alloc(INFLATED_BYTES, 0x20), tail]), { level: 9 });
}

async function gzipAttack(url: string, bomb: Buffer): Promise<{ statuses: Record<string, number>; ms: number }> {
  const started = performance.now();
  const answers = await Promise.all(Array.from({ length: CONCURRENCY }, () =>
    post(url, bomb, { 'Content-Encoding': 'gzip', Authorization: 'Bearer not-a-token' })));
  const statuses: Record<string, number> = {};
  for (const a of answers) statuses[a.status === 0 ? 'no answer' : String(a.status)] = (statuses[a.status === 0 ? 'no answer' : String(a.status)] ?? 0) + 1;
  return { statuses, ms: performance.now() - started };
}

interface Blocking {
  name: string;
  requestMs: number;
  status: number;
  worstProbeMs: number;
}

/** Runs `work` and, meanwhile, a /healthz probe every 20 ms; the slowest probe is how long the server stood still. */
async function whileProbing<T>(url: string, work: () => Promise<T>): Promise<{ result: T; worstProbeMs: number }> {
  let running = true;
  let worst = 0;
  const prober = (async () => {
    while (running) {
      const started = performance.now();
      try {
        await (await fetch(`${url}/healthz`)).text();
      } catch {
        // Counted by its latency all the same.
      }
      worst = Math.max(worst, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS));
    }
  })();
  await new Promise((resolve) => setTimeout(resolve, 100));
  const result = await work();
  running = false;
  await prober;
  return { result, worstProbeMs: worst };
}

async function blocking(url: string, name: string, request: () => Promise<Answer>): Promise<Blocking> {
  const { result, worstProbeMs } = await whileProbing(url, request);
  return { name, requestMs: result.ms, status: result.status, worstProbeMs };
}

async function main(): Promise<void> {
  const connector = await ConnectorEmulator.start();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dagordning-hardening-bench-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = await startServer(port, connector, dir);
  const watch = new MemoryWatch(server);
  const alive = (): boolean => server.exitCode === null && server.signalCode === null;
  process.on('exit', () => server.kill('SIGKILL'));

  // (b) first, while the server is healthy: an item to edit, then ordinary and worst-case requests.
  const created = await post(url, ...signed(connector, channelMessage(common(connector), team, sara, 'punkt Budget 2027')));
  const itemCard = created.body?.activities?.[0]?.attachments?.[0]?.content;
  if (!itemCard) throw new Error(`could not create an item to edit: ${created.status} ${JSON.stringify(created.body).slice(0, 300)}`);
  const save = (presenters: string) => () => post(url, ...signed(connector, adaptiveCardAction(common(connector), sara, 'item.save', {
    ...actionData(itemCard, 'item.save'), title: 'Budget 2027', section: 'beslut', presenters, minutes: '20', description: '', link: '',
  }, { team })));
  const say = (text: string) => () => post(url, ...signed(connector, personalMessage(common(connector), sara, text)));
  const blockingRows = [
    await blocking(url, 'card save, presenters "Sara, Jonas"', save('Sara, Jonas')),
    await blocking(url, `card save, presenters of ${PRESENTERS_SPACES / 1024} KB spaces`, save(' '.repeat(PRESENTERS_SPACES))),
    await blocking(url, 'message "hjälp"', say('hjälp')),
    await blocking(url, `message of ${MESSAGE_ANGLES / 1024} KB "<"`, say('<'.repeat(MESSAGE_ANGLES))),
  ];

  // (a) memory: ordinary traffic, then the gzip attack.
  const ordinary = await ordinaryTraffic(url, connector);
  const ordinaryPeakMb = watch.sample();
  const bomb = gzipBomb(connector);
  const { result: attack, worstProbeMs: attackProbeMs } = await whileProbing(url, () => gzipAttack(url, bomb));
  await new Promise((resolve) => setTimeout(resolve, 500));
  const attackPeakMb = watch.sample();
  const survived = alive();
  const healthyAfter = survived && (await fetch(`${url}/healthz`).then((r) => r.status === 200, () => false));
  watch.stop();
  server.kill('SIGTERM');
  await connector.stop();
  fs.rmSync(dir, { recursive: true, force: true });

  const mb = (n: number): string => `${n.toFixed(0)} MB`;
  console.log(`\nbench:hardening — production server built in ${root}, Node ${process.version}`);
  console.log(`\n(a) peak RSS (VmHWM) of the server process`);
  console.log(`  ordinary traffic   ${mb(ordinaryPeakMb).padStart(9)}   ${ORDINARY_S} s of "dagordning" from ${CONCURRENCY} connections: ${ordinary.requests} requests, ${ordinary.failed} failed`);
  console.log(`  gzip attack        ${mb(attackPeakMb).padStart(9)}   ${CONCURRENCY} concurrent gzip bodies of ${(bomb.length / 1024).toFixed(0)} KB, each inflating to ${INFLATED_BYTES / 1024 / 1024} MB: answers ${JSON.stringify(attack.statuses)} in ${(attack.ms / 1000).toFixed(1)} s`);
  if (watch.killedAtMb !== undefined) console.log(`  the server passed ${RSS_LIMIT_MB} MB (RSS ${mb(watch.killedAtMb)}) and was killed by the bench`);
  else if (!survived) console.log(`  the server died during the attack (exit ${String(server.exitCode ?? server.signalCode)})`);
  console.log(`  slowest /healthz probe during the attack: ${attackProbeMs.toFixed(0)} ms; after it: ${healthyAfter ? 'still answering' : 'NOT answering'}`);
  console.log(`  ratio attack / ordinary: ${(attackPeakMb / ordinaryPeakMb).toFixed(2)}`);

  console.log(`\n(b) one request against the whole server: slowest /healthz probe (every ${PROBE_EVERY_MS} ms) while it runs`);
  console.log(`  ${'request'.padEnd(44)} ${'status'.padStart(6)} ${'its time'.padStart(10)} ${'slowest probe'.padStart(14)}`);
  for (const row of blockingRows) {
    console.log(`  ${row.name.padEnd(44)} ${String(row.status).padStart(6)} ${`${row.requestMs.toFixed(0)} ms`.padStart(10)} ${`${row.worstProbeMs.toFixed(0)} ms`.padStart(14)}`);
  }
  const [saveOk, saveWorst, sayOk, sayWorst] = blockingRows as [Blocking, Blocking, Blocking, Blocking];
  console.log(`  ratio worst / ordinary, slowest probe: presenters ${(saveWorst.worstProbeMs / saveOk.worstProbeMs).toFixed(1)}, message ${(sayWorst.worstProbeMs / sayOk.worstProbeMs).toFixed(1)}`);
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
