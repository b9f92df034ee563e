import os from 'node:os';
import { ActorResolver } from '../app/actors';
import { FeedbackSource } from '../app/feedback/source';
import type { FeedbackLinks } from '../app/feedback/links';
import { ActionReminders } from '../app/minutes/actionReminders';
import { PublishedMinutes } from '../app/minutes/publishedMinutes';
import { DEFAULT_DISPATCH, Dispatcher } from '../app/outbox/dispatcher';
import type { ProactiveSender } from '../app/outbox/proactiveSender';
import { RateLimiter, TEAMS_CONVERSATION_WINDOWS } from '../app/outbox/rateLimiter';
import { Scheduler } from '../app/outbox/scheduler';
import { ConfirmedAgendas } from '../app/reminders/confirmedAgendas';
import { MeetingReminders } from '../app/reminders/meetingReminders';
import { MeetingSource } from '../app/reminders/meetingSource';
import type { Config } from '../config/config';
import type { Services } from '../domain/services';
import type { Logger } from '../log/logger';
import { createSenderAuthentication } from '../teams/authentication';
import { SignedLinks } from '../server/signedLinks';
import { TeamsProactiveSender } from '../teams/proactiveSender';

/** The links on cards, signed with the app's key; without PUBLIC_URL, to the port on this machine (the one-pass command has no server of its own). */
export const cardLinks = (config: Config, listening?: () => string): SignedLinks =>
  new SignedLinks(config.linkSigningKey, () => config.publicUrl ?? (listening?.() || `http://localhost:${config.port}`));

/**
 * The scheduler, as the server and the one-pass command both build it: the due work
 * sources (reminders and confirmed agendas, published minutes, actions falling due), the outbox dispatcher, Teams' rate limits and the Teams edge's sender.
 * Enough workers to keep the app-wide rate up when Teams takes about 250 ms to
 * answer, and no more: a killed process leaves at most that many sends in doubt.
 */
export function createScheduler(config: Config, services: Services, log: Logger, sender?: ProactiveSender, links: FeedbackLinks = cardLinks(config)): Scheduler {
  const actors = new ActorResolver(services);
  const limiter = new RateLimiter({ perConversation: TEAMS_CONVERSATION_WINDOWS, appWide: [{ limit: config.sendRatePerSecond, ms: 1000 }] });
  const dispatcher = new Dispatcher(
    {
      services,
      actors,
      sender: sender ?? new TeamsProactiveSender(createSenderAuthentication(config), config.bot?.appId ?? ''),
      limiter,
      log,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    },
    { ...DEFAULT_DISPATCH, owner: `${os.hostname()}:${process.pid}:${crypto.randomUUID().slice(0, 8)}`, concurrency: Math.max(2, Math.ceil(config.sendRatePerSecond / 4)) },
  );
  const meetings = new MeetingSource(services.deps.store, [new MeetingReminders(services, actors), new ConfirmedAgendas(services, actors)]);
  return new Scheduler(services, [meetings, new FeedbackSource(services, actors, links), new PublishedMinutes(services, actors), new ActionReminders(services, actors)], dispatcher, log);
}
