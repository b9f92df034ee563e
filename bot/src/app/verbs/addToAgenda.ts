import { addInput, agendaCard } from '../../cards/agendaCard';
import type { VERBS } from '../../cards/verbs';
import { DomainError } from '../../domain/errors';
import type { Actor, Meeting } from '../../domain/model';
import { StoreUnavailableError } from '../../domain/storage';
import { messages, type Locale } from '../../i18n';
import { failureLines } from '../failures';
import { together } from '../together';
import { replyLocale, type CardActionOutcome, type Outgoing } from '../turn';
import { actorForGroup, asText, readAheadActor, readId, type CardVerb, type VerbContext } from './cardVerb';

/** The agenda card's "Lägg till" buttons: one text for the next meeting's agenda. */
export interface AgendaAddition {
  meetingId: string;
  text: unknown;
}

type AddVerb = typeof VERBS.addItem | typeof VERBS.addNotice;

export interface Added {
  /** The confirmation shown on the refreshed agenda card. */
  line: string;
  followUps: Outgoing[];
}

/**
 * Both "add" verbs work the same way: the agenda card comes back refreshed with a
 * confirmation, or with the problem and what the person typed, ready to try again.
 */
export function agendaAdditionVerb(verb: AddVerb, input: 'title' | 'text', add: (context: VerbContext, actor: Actor, meeting: Meeting, text: string, locale: Locale) => Promise<Added>): CardVerb<AgendaAddition> {
  return {
    verb,
    read: (data) => ({ meetingId: readId(data.meetingId), text: data[input] }),
    async handle(context, request): Promise<CardActionOutcome> {
      const { services } = context;
      const [readAhead, meeting] = await together([readAheadActor(context), services.deps.store.meetings.get(request.meetingId)]);
      if (!meeting) throw new DomainError('badCardData');
      const actor = await actorForGroup(context, meeting.groupId, readAhead);
      const locale = replyLocale(context.turn, actor.group);
      const groupName = actor.group.name;
      try {
        const added = await add(context, actor, meeting, asText(request.text), locale);
        const view = await services.agenda.agenda(meeting);
        return { card: agendaCard({ groupName, view, locale, notice: { kind: 'good', lines: [added.line] } }), followUps: added.followUps };
      } catch (error) {
        if (error instanceof StoreUnavailableError) throw error;
        const lines = failureLines(error, locale, context.log, { verb, meetingId: meeting.id });
        const view = await services.agenda.agenda(meeting);
        return { card: agendaCard({ groupName, view, locale, notice: { kind: 'attention', lines }, drafts: { [input]: asText(request.text) } }), followUps: [] };
      }
    },
    retry: (request, locale) => ({
      data: { meetingId: request.meetingId },
      inputs: [addInput(verb, locale, asText(request.text))],
      button: { title: messages(locale).agenda.add },
    }),
  };
}
