import { VERBS } from '../../cards/verbs';
import { messages } from '../../i18n';
import { agendaAdditionVerb } from './addToAgenda';

/** "Lägg till kort, kort" on the agenda card. */
export const addNotice = agendaAdditionVerb(VERBS.addNotice, 'text', async ({ services }, actor, meeting, text, locale) => {
  const notice = await services.agenda.addNotice(meeting, actor.member, text);
  return { line: messages(locale).agenda.noticeAdded(notice.title), followUps: [] };
});
