import type { CardElement } from '../../cards/elements';
import type { Verb } from '../../cards/verbs';
import { DomainError } from '../../domain/errors';
import type { Actor } from '../../domain/model';
import type { Services } from '../../domain/services';
import type { Locale } from '../../i18n';
import type { Logger } from '../../log/logger';
import { ActorResolver } from '../actors';
import type { FeedbackLinks } from '../feedback/links';
import type { MinutesLinks } from '../minutesLinks';
import type { CardActionOutcome, TurnInput } from '../turn';

/** Asks for the outbox to be worked through soon, after the app queued something itself. */
export interface OutboxKick {
  soon(): void;
}

/** What every card verb's handler may use: the app's services, built once, and the turn. */
export interface VerbContext {
  services: Services;
  actors: ActorResolver;
  turn: TurnInput;
  log: Logger;
  outbox: OutboxKick;
  /** Links to the app's own server (the feedback owner's CSV file); absent where no server answers them. */
  links?: FeedbackLinks;
  /** Links from chat to a meeting's minutes in the tab. */
  minutesLinks?: MinutesLinks;
}

/**
 * One card verb, all of it in one module: the data its cards carry, how that data is
 * read back, what it does, and what a retry card must send again when the store
 * could not be reached. Action.Execute and the Action.Submit fallback both reach it
 * through the one verb table.
 */
export interface CardVerb<Request> {
  readonly verb: Verb;
  /** Card data comes back from the client and can be anything: read field by field, never trusted. */
  read(data: Record<string, unknown>): Request;
  handle(context: VerbContext, request: Request): Promise<CardActionOutcome>;
  /** The action's own data to send back unchanged, the inputs filled with what the person typed, and the same button. */
  retry(request: Request, locale: Locale): RetryParts;
}

export interface RetryParts {
  data: Record<string, unknown>;
  inputs: CardElement[];
  button: { title: string; style?: 'positive' };
}

const ID = /^[A-Za-z0-9-]{1,64}$/;

/** Only ids that look like ours are used. */
export function readId(value: unknown): string {
  if (typeof value !== 'string' || !ID.test(value)) throw new DomainError('badCardData');
  return value;
}

/** A group's id is its team's ("19:…@thread.tacv2"): a few more characters, still nothing that could climb out of a path or a filter. */
const GROUP_ID = /^[A-Za-z0-9:@._-]{1,160}$/;

export function readGroupId(value: unknown): string {
  if (typeof value !== 'string' || !GROUP_ID.test(value)) throw new DomainError('badCardData');
  return value;
}

export const optionalId = (value: unknown): string | undefined => (value === undefined ? undefined : readId(value));

export const asText = (value: unknown): string => (typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value));

/**
 * The actor for a card acting on a group's data. In a team the turn's actor may have
 * been read ahead, together with the data; it must be the data's group.
 */
export async function actorForGroup(context: VerbContext, groupId: string, readAhead: Actor | undefined): Promise<Actor> {
  if (!readAhead) return context.actors.forTurnInGroup(context.turn, groupId);
  if (readAhead.group.id !== groupId) throw new DomainError('otherGroup');
  return readAhead;
}

/** In a team the actor can be read together with the card's data, saving a round trip. */
export const readAheadActor = (context: VerbContext): Promise<Actor> | undefined =>
  ActorResolver.teamGroupId(context.turn) ? context.actors.forTurn(context.turn) : undefined;
