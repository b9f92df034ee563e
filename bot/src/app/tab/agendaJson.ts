import type { AgendaEntry, MeetingAgenda, PresenterInfo, TimePlanRow } from '../../contract/tabApi';
import type { AgendaView } from '../../domain/agenda';
import type { AgendaItem, Presenter } from '../../domain/model';

const presenterInfo = (presenters: Presenter[]): PresenterInfo[] => presenters.map(({ name, initials }) => ({ name, initials }));
const MINUTE_MS = 60_000;

/**
 * The agenda as the tab shows it: items by section with the numbers the agenda card
 * shows, kort kort, and the time plan from the meeting's start. `visible` leaves out
 * what this viewer may not see, without renumbering what they may.
 */
export function agendaJson(view: AgendaView, visible: (item: AgendaItem) => boolean = () => true): MeetingAgenda {
  const { meeting } = view;
  const sections = view.sections.map(({ section, items }) => ({
    section,
    items: items.filter(visible).map((item): AgendaEntry => ({
      itemId: item.id,
      number: view.numbers.get(item.id)!,
      title: item.title,
      presenters: presenterInfo(item.presenters),
      minutes: item.minutes,
      description: item.description,
      link: item.link,
      late: item.late,
      status: item.status,
    })),
  }));

  // Every item takes its time, seen or not: a guest's item starts when the agenda before it is done.
  let clock = new Date(meeting.startsAt).getTime();
  const rows: TimePlanRow[] = [];
  for (const part of view.parts) {
    if (part.kind === 'notices') continue;
    for (const item of part.items) {
      if (visible(item)) rows.push({ itemId: item.id, number: view.numbers.get(item.id)!, title: item.title, startsAt: new Date(clock).toISOString(), minutes: item.minutes });
      clock += (item.minutes ?? 0) * MINUTE_MS;
    }
  }

  return {
    meetingId: meeting.id,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    place: meeting.place,
    online: meeting.online,
    agendaDeadline: meeting.agendaDeadline,
    status: meeting.status,
    sections,
    notices: view.notices.filter(visible).map((n) => ({ itemId: n.id, text: n.title, presenters: presenterInfo(n.presenters), late: n.late })),
    setAside: view.setAside.filter(visible).map((i) => ({ itemId: i.id, title: i.title, status: i.status })),
    timePlan: {
      rows,
      plannedMinutes: view.plannedMinutes,
      meetingMinutes: view.meetingMinutes,
      overMinutes: Math.max(0, view.plannedMinutes - view.meetingMinutes),
    },
  };
}
