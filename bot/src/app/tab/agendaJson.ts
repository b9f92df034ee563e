import type { AgendaEntry, MeetingAgenda, PresenterInfo, TimePlanRow } from '../../contract/tabApi';
import type { AgendaView } from '../../domain/agenda';
import type { Presenter } from '../../domain/model';

const presenterInfo = (presenters: Presenter[]): PresenterInfo[] => presenters.map(({ name, initials }) => ({ name, initials }));
const MINUTE_MS = 60_000;

/** The agenda as the tab shows it: numbered items by section, kort kort, and the time plan from the meeting's start. */
export function agendaJson(view: AgendaView): MeetingAgenda {
  const { meeting } = view;
  let number = 0;
  const sections = view.sections.map(({ section, items }) => ({
    section,
    items: items.map((item): AgendaEntry => ({
      itemId: item.id,
      number: ++number,
      title: item.title,
      presenters: presenterInfo(item.presenters),
      minutes: item.minutes,
      description: item.description,
      link: item.link,
      late: item.late,
      status: item.status,
    })),
  }));

  let clock = new Date(meeting.startsAt).getTime();
  const rows = sections.flatMap((s) => s.items).map((item): TimePlanRow => {
    const row = { itemId: item.itemId, number: item.number, title: item.title, startsAt: new Date(clock).toISOString(), minutes: item.minutes };
    clock += (item.minutes ?? 0) * MINUTE_MS;
    return row;
  });

  return {
    meetingId: meeting.id,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    place: meeting.place,
    online: meeting.online,
    agendaDeadline: meeting.agendaDeadline,
    status: meeting.status,
    sections,
    notices: view.notices.map((n) => ({ itemId: n.id, text: n.title, presenters: presenterInfo(n.presenters), late: n.late })),
    setAside: view.setAside.map((i) => ({ itemId: i.id, title: i.title, status: i.status })),
    timePlan: {
      rows,
      plannedMinutes: view.plannedMinutes,
      meetingMinutes: view.meetingMinutes,
      overMinutes: Math.max(0, view.plannedMinutes - view.meetingMinutes),
    },
  };
}
