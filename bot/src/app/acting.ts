import type { Command } from '../commands/parser';
import type { Actor, Meeting } from '../domain/model';
import type { LocalDate } from '../domain/time/stockholm';
import type { Locale } from '../i18n';
import { ActorResolver } from './actors';
import { together } from './together';
import { replyLocale, type Outgoing } from './turn';
import type { VerbContext } from './verbs/cardVerb';

/** What every command handler may use; the same as a card verb's. */
export type CommandContext = VerbContext;

export type Handler<K extends Command['kind']> = (context: CommandContext, command: Extract<Command, { kind: K }>) => Promise<Outgoing[]>;

export interface Acting {
  actor: Actor;
  locale: Locale;
}

export async function acting(context: CommandContext): Promise<Acting> {
  const actor = await context.actors.forTurn(context.turn);
  return { actor, locale: replyLocale(context.turn, actor.group) };
}

/**
 * The actor and the meeting a command is about: the one on the given date, or the
 * next. In a team channel the meeting is looked up alongside the actor, so a store
 * that batches reads needs one round trip.
 */
export async function actingOnMeeting(context: CommandContext, date?: LocalDate): Promise<Acting & { meeting: Meeting }> {
  const { meetings } = context.services;
  const groupId = ActorResolver.teamGroupId(context.turn);
  if (groupId) {
    const [found, meeting] = await together<[Acting, Meeting]>([acting(context), meetings.target(groupId, date)]);
    return { ...found, meeting };
  }
  const found = await acting(context);
  return { ...found, meeting: await meetings.target(found.actor.group.id, date) };
}
