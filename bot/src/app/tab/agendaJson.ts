import type { AgendaEntry, AgendaPart, MeetingAgenda, PresenterInfo, TimePlanRow } from '../../contract/tabApi';
import type { AgendaPart as DomainPart, AgendaView } from '../../domain/agenda';
import type { AgendaItem, Presenter } from '../../domain/model';

const presenterInfo = (presenters: Presenter[]): PresenterInfo[] => presenters.map(({ name, initials }) => ({ name, initials }));
const MINUTE_MS = 60_000;

const entry = (item: AgendaItem, number: number): AgendaEntry => ({
  itemId: item.id,
  number,
  title: item.title,
  presenters: presenterInfo(item.presenters),
  minutes: item.minutes,
  description: item.description,
  link: item.link,
  late: item.late,
  status: item.status,
  followUp: item.followUpOf !== undefined,
});

/**
 * The agenda as the tab shows it: the agenda card's parts in its order with its
 * numbers, and the time plan from the meeting's start. `visible` leaves out what
 * this viewer may not see, without renumbering what they may; a viewer who sees only
 * some items (a guest) gets only the parts that hold any of them.
 */
export function agendaJson(view: AgendaView, visible: (item: AgendaItem) => boolean = () => true, seesAll = true): MeetingAgenda {
  const { meeting } = view;
  const numberOf = (item: AgendaItem): number => view.numbers.get(item.id)!;
  const partJson = (part: DomainPart): AgendaPart => {
    const items = part.items.filter(visible);
    if (part.kind === 'notices') return { kind: 'notices', number: view.noticesNumber, notices: items.map((n) => ({ itemId: n.id, text: n.title, presenters: presenterInfo(n.presenters), late: n.late })) };
    const entries = items.map((item) => entry(item, numberOf(item)));
    return part.kind === 'section' ? { kind: 'section', section: part.section, items: entries } : { kind: 'fixed', items: entries };
  };
  const parts = view.parts.map(partJson).filter((part) => seesAll || (part.kind === 'notices' ? part.notices.length > 0 : part.items.length > 0));

  // Every item takes its time, seen or not: a guest's item starts when the agenda before it is done.
  let clock = new Date(meeting.startsAt).getTime();
  const rows: TimePlanRow[] = [];
  for (const part of view.parts) {
    if (part.kind === 'notices') continue;
    for (const item of part.items) {
      if (visible(item)) rows.push({ itemId: item.id, number: numberOf(item), title: item.title, startsAt: new Date(clock).toISOString(), minutes: item.minutes });
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
    parts,
    setAside: view.setAside.filter(visible).map((i) => ({ itemId: i.id, title: i.title, status: i.status })),
    timePlan: {
      rows,
      plannedMinutes: view.plannedMinutes,
      meetingMinutes: view.meetingMinutes,
      overMinutes: Math.max(0, view.plannedMinutes - view.meetingMinutes),
    },
  };
}
