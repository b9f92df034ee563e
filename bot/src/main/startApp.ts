import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { DagordningApp } from '../app/dagordningApp';
import type { PassReport } from '../app/outbox/scheduler';
import { SchedulerLoop } from '../app/outbox/schedulerLoop';
import { tabQueries } from '../app/tab';
import { tabMinutes, tabMinutesExport } from '../app/tab/minutes';
import { tabArchive } from '../app/tab/archive';
import { minutesLinks } from '../app/minutesLinks';
import { loopbackOnly, type Config } from '../config/config';
import { seedDemoData } from '../demo/seedDemoData';
import { createServices } from '../domain/services';
import type { Store } from '../domain/storage';
import { createLogger, type Logger } from '../log/logger';
import { guardProcessOutput, writeErr, writeOut } from '../log/output';
import { createHttpServer } from '../server/createServer';
import { tabAuthentication } from '../server/tabApi/authenticate';
import { DagordningAdapter } from '../teams/adapter';
import { createBotAuthentication } from '../teams/authentication';
import { DagordningBot } from '../teams/dagordningBot';
import { messagesEndpoint } from '../teams/messagesEndpoint';
import { developmentIdentity } from './developmentIdentity';
import { openStore } from './openStore';
import { answersCsv } from '../app/feedback/csv';
import { cardLinks, createScheduler } from './reminderWiring';

/** How many years back the start looks for meetings missing from the archive's index. */
const ARCHIVE_BACKFILL_YEARS = 12;

export interface RunningApp {
  url: string;
  store: Store;
  log: Logger;
  /** The server's own reminder passes. */
  reminders: { runPass(): Promise<PassReport>; idle(): Promise<void> };
  close(): Promise<void>;
}

export interface StartOptions {
  /** Injected clock for tests; the app never reads the time any other way. */
  now?: () => Date;
  log?: Logger;
  store?: Store;
  tabDir?: string;
}

/** Wires config, store, application, Teams edge and HTTP, and starts listening. */
export async function startApp(config: Config, options: StartOptions = {}): Promise<RunningApp> {
  const log = options.log ?? createLogger(config.logLevel);
  const now = options.now ?? (() => new Date());
  const store = options.store ?? (await openStore(config));
  const services = createServices({ store, now, warn: (message, context) => log.warn(message, context) });

  // The server's own address is known once it listens; links made before then are not needed.
  let listening = '';
  const links = cardLinks(config, () => listening);
  const reminders = new SchedulerLoop(createScheduler(config, services, log, undefined, links), log);
  const tabLinks = minutesLinks({ teamsAppId: config.teamsAppId, baseUrl: () => config.publicUrl ?? (listening || `http://localhost:${config.port}`) });
  const app = new DagordningApp(services, log, reminders, links, tabLinks);
  const auth = createBotAuthentication(config);
  const adapter = new DagordningAdapter(auth, log);
  const bot = new DagordningBot(app, log, config.chatLanguage);
  const minutesExport = tabMinutesExport(app.services, app.actors, links);
  const server = createHttpServer({
    messages: messagesEndpoint({ adapter, auth, run: (context) => bot.run(context), log, loopbackOnly: loopbackOnly(config) }),
    botAuthentication: config.bot !== undefined,
    loopbackOnly: loopbackOnly(config),
    log,
    tabApi: {
      queries: tabQueries(app.services, app.actors),
      minutes: tabMinutes(app.services, app.actors, reminders),
      archive: tabArchive(app.services, app.actors),
      minutesExport,
      authenticate: tabAuthentication(config, developmentIdentity),
    },
    tabDir: options.tabDir ?? path.resolve(__dirname, '../../tab'),
    feedbackCsv: { links, answersCsv: (requestId) => answersCsv(services, requestId), now },
    minutesDownload: { links, file: (meetingId, version) => minutesExport.file(meetingId, version), now },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host === '0.0.0.0' || host === '[::]' ? 'localhost' : host}:${address.port}`;
  listening = url;
  // Only once the port is ours: a second copy that cannot listen must not have written anything.
  if (config.demoData && (await seedDemoData(services.deps))) log.info('demo data created');
  reminders.start(config.reminderIntervalSeconds * 1000);
  // Meetings written before the archive existed, or while a reindex failed, are indexed before the start is reported, and each group's index is loaded.
  const thisYear = now().getUTCFullYear();
  try {
    const indexed = await services.archive.index.backfill(thisYear - ARCHIVE_BACKFILL_YEARS, thisYear + 1);
    await services.archive.index.flush();
    if (indexed > 0) log.info('archive indexed', { meetings: indexed });
  } catch (error) {
    log.warn('archive backfill failed', { error });
  }
  log.info('listening', {
    url, mode: config.mode, store: config.store, authentication: config.bot ? 'on' : 'off',
    tabSignOn: config.tabSso ? 'on' : 'development identity', reminderIntervalSeconds: config.reminderIntervalSeconds,
  });

  return {
    url,
    store,
    log,
    reminders: { runPass: () => reminders.runPass(), idle: () => reminders.idle() },
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await reminders.stop();
      await services.archive.index.flush();
      await store.close();
    },
  };
}

/** What stopped the start, in words the person starting it can act on. */
export function startupFailure(error: unknown, config: Pick<Config, 'port' | 'host'>): string {
  const code = (error as { code?: string }).code;
  if (code === 'EADDRINUSE') {
    const other = config.port === 65535 ? config.port - 1 : config.port + 1;
    return `Porten ${config.port} används redan, kanske av en annan Dagordning. Välj en annan port med PORT, till exempel: PORT=${other} npm start\n`
      + `Port ${config.port} is already in use, perhaps by another Dagordning. Choose another port with PORT, for example: PORT=${other} npm start`;
  }
  if (code === 'EACCES') {
    return `Porten ${config.port} kräver behörighet som Dagordning inte har. Välj en port över 1024 med PORT.\n`
      + `Port ${config.port} needs privileges Dagordning does not have. Choose a port above 1024 with PORT.`;
  }
  if (code === 'EADDRNOTAVAIL') {
    return `Adressen ${config.host ?? ''} finns inte på den här datorn. Ändra HOST.\nThe address ${config.host ?? ''} does not exist on this machine. Change HOST.`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Process entry shared by local and production: clear config errors, clean shutdown. */
export async function runMain(load: () => Config, banner: (app: RunningApp, config: Config) => string): Promise<void> {
  guardProcessOutput();
  let config: Config;
  try {
    config = load();
  } catch (error) {
    writeErr(`Dagordning cannot start.\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  let running: RunningApp;
  try {
    running = await startApp(config);
  } catch (error) {
    writeErr(`Dagordning kunde inte starta / could not start:
${startupFailure(error, config)}
`);
    process.exit(1);
  }
  writeOut(banner(running, config));
  const stop = (): void => {
    running.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
