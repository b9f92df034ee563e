import type { DomainDeps } from '../domain/deps';
import type { AgendaItem, Actor, Meeting, Member } from '../domain/model';
import { createServices, type Services } from '../domain/services';
import { addDays, fromStockholm, isoDate, toStockholm, weekdayOf, type LocalDate } from '../domain/time/stockholm';
import { seedDemoFeedback } from './demoFeedback';
import { DEMO_GROUP_NAME, DEMO_ITEMS, DEMO_PAST_ATTENDANCE, DEMO_PAST_ITEMS, DEMO_PEOPLE, DEMO_TEAM, type DemoItem } from './demoGroup';

const TUESDAY = 2;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const AFTERNOON = { start: { hour: 13, minute: 0 }, end: { hour: 16, minute: 0 } };

/** The first Tuesday at least two days ahead, so the demo meeting is always upcoming. */
export function nextDemoMeetingDate(now: Date): LocalDate {
  let day = addDays(toStockholm(now), 2);
  while (weekdayOf(day) !== TUESDAY) day = addDays(day, 1);
  return day;
}

/**
 * Seeds the demo group once, through the domain's own services as people would: the
 * secretary installs the app, the roster registers the rest, roles are handed out,
 * two meetings are planned, the first is held and its minutes are written and
 * published (one item taken up again at the next), and items are submitted to the
 * next over the past days. A database that already has the group is left alone.
 */
export async function seedDemoData(deps: DomainDeps): Promise<boolean> {
  if (await deps.store.groups.getByTeamId(DEMO_TEAM.teamId)) return false;
  const realNow = deps.now();
  // Everything happens "over the last weeks": a clock the seeding moves itself, never past the real now.
  let at = new Date(realNow.getTime() - 28 * DAY);
  const services = createServices({ store: deps.store, now: () => at });
  const setClock = (instant: Date): void => {
    at = new Date(Math.min(instant.getTime(), realNow.getTime()));
  };
  const tick = (): void => setClock(new Date(at.getTime() + 7 * MINUTE));

  const [secretaryPerson, ...rest] = DEMO_PEOPLE;
  const founding = await services.groups.found(DEMO_TEAM, secretaryPerson!, DEMO_GROUP_NAME);
  if (!founding.created) return false;
  const { group } = founding;
  await services.members.registerAll(group, rest.map((p) => ({ ...p, guest: p.membership === 'gast' })));
  const secretary: Actor = { group, member: (await services.members.find(group.id, secretaryPerson!))! };
  for (const person of rest) {
    if (person.role !== 'ledamot') await services.members.change(secretary, person.name, { role: person.role });
    if (person.membership === 'SG') await services.members.change(secretary, person.name, { membership: 'SG' });
  }

  const nextDate = nextDemoMeetingDate(realNow);
  const pastDate = addDays(nextDate, -14);
  const past = await services.meetings.plan(secretary, { date: pastDate, ...AFTERNOON, place: 'Jupiter' });
  const meeting = await services.meetings.plan(secretary, { date: nextDate, ...AFTERNOON, place: 'Jupiter + Teams' });
  const members = await deps.store.members.listByGroup(group.id);
  const byName = new Map<string, Member>(members.map((m) => [m.name, m]));
  const actorFor = (name: string): Actor => ({ group, member: byName.get(name)! });

  async function submit(target: Meeting, demo: DemoItem, existing?: AgendaItem): Promise<AgendaItem> {
    const submitter = actorFor(demo.presenters[0] ?? secretaryPerson!.name);
    if (demo.section === 'kortkort') return services.agenda.addNotice(target, submitter.member, demo.title);
    const item = existing ?? (await services.agenda.addItem(target, submitter.member, demo.title));
    const presenters = demo.presenters.map((name) => byName.get(name)!.initials).join(', ');
    return services.agenda.editItem(submitter, item, target, members, { ...demo, presenters, minutes: demo.minutes === undefined ? '' : String(demo.minutes) });
  }

  const pastItems: AgendaItem[] = [];
  for (const demo of DEMO_PAST_ITEMS) {
    tick();
    pastItems.push(await submit(past, demo));
  }
  const followUps = await writeLastMinutes(services, secretary, { past, next: meeting, items: pastItems }, byName, { setClock, tick });

  setClock(new Date(Math.max(at.getTime(), realNow.getTime() - 7 * DAY)));
  for (const demo of DEMO_ITEMS) {
    tick();
    const onTime = at;
    // A late item is submitted after the deadline, when the deadline has already passed.
    if (demo.late) setClock(new Date(Date.parse(meeting.agendaDeadline) + 60 * MINUTE));
    await submit(meeting, demo, demo.fromLastMeeting ? followUps.get(demo.title) : undefined);
    at = onTime;
  }
  tick();
  await seedDemoFeedback(services, actorFor('Jonas Berglund'), meeting, members, actorFor);
  return true;
}

/**
 * The last meeting's minutes, written by the secretary after the meeting and
 * published the next morning. Returns the items taken up again, by title.
 */
async function writeLastMinutes(
  services: Services,
  secretary: Actor,
  { past, next, items }: { past: Meeting; next: Meeting; items: AgendaItem[] },
  byName: Map<string, Member>,
  { setClock, tick }: { setClock: (instant: Date) => void; tick: () => void },
): Promise<Map<string, AgendaItem>> {
  const pastDay = toStockholm(new Date(past.startsAt));
  setClock(fromStockholm(pastDay, { hour: 16, minute: 10 }));
  const minutes = await services.minutes.open(secretary, past);
  const attendance = minutes.attendance.map((a) => ({ ...a, ...(DEMO_PAST_ATTENDANCE[a.name] ?? {}) }));
  await services.minutes.saveHeader(secretary, past, { attendance, takenBy: { memberId: secretary.member.id } }, minutes.version);
  const followUps = new Map<string, AgendaItem>();
  for (const [index, demo] of DEMO_PAST_ITEMS.entries()) {
    const item = items[index]!;
    tick();
    await services.minutes.saveItem(secretary, past, item.id, { notes: demo.notes.join('\n\n'), decisions: demo.decisions ?? [], links: [] }, undefined);
    for (const [n, action] of (demo.actions ?? []).entries()) {
      const due = action.dueInDays === undefined ? undefined : isoDate(addDays(pastDay, action.dueInDays));
      await services.minutes.addAction(secretary, past, `${item.id}-action-${n + 1}`, item.id, { what: action.what, owner: { memberId: byName.get(action.owner)!.id }, due });
    }
    if (demo.followUp) {
      const followUp = await services.minutes.addFollowUp(secretary, past, crypto.randomUUID(), item.id, next);
      followUps.set(demo.title, (await services.deps.store.items.get(followUp.agendaItemId))!);
    }
  }
  setClock(fromStockholm(addDays(pastDay, 1), { hour: 9, minute: 0 }));
  await services.minutes.publish(secretary, past);
  return followUps;
}
