import type { Actor, Meeting, Member } from '../domain/model';
import type { Services } from '../domain/services';
import { addDays, isoDate, toStockholm } from '../domain/time/stockholm';

/**
 * The demo group's open feedback request: the chair asks whether the decision item
 * can be decided at the meeting, answers by the day before at noon, and a few have
 * answered already.
 */
export async function seedDemoFeedback(services: Services, chair: Actor, meeting: Meeting, members: Member[], byName: (name: string) => Actor): Promise<void> {
  const items = await services.deps.store.items.listByMeeting(meeting.id);
  const item = items.find((i) => i.section === 'beslut');
  const dayBefore = addDays(toStockholm(new Date(meeting.startsAt)), -1);
  const request = await services.feedback.create(chair, {
    question: 'Kan rutinen för tillfälligt lån av medarbetare gå till beslut på mötet?', description: 'Läs förslaget och säg till om något behöver ändras först.',
    link: item?.link ?? '', kind: 'yesNo', choices: '', deadlineDate: isoDate(dayBefore), deadlineTime: '12:00', reminderHours: '24',
    owner: chair.member.id, audience: 'LG', named: '', itemId: item?.id ?? '',
  }, { members, item, next: meeting });
  const answers: [string, string, string][] = [
    ['Karin Holmgren', 'ja', ''],
    ['Mats Ekström', 'nej', 'Kompensationen till den avlämnande verksamheten behöver räknas om först.'],
    ['Eva Nordin', 'ja', 'Bra att vi får en gemensam rutin.'],
  ];
  for (const [name, choice, comment] of answers) await services.feedback.answer(byName(name), request, undefined, { choice, comment });
}
