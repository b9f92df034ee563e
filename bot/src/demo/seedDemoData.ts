import type { DomainDeps } from '../domain/deps';
import type { Attendee } from '../domain/minutes/model';
import type { AgendaItem, Actor, Meeting, Member } from '../domain/model';
import { createServices } from '../domain/services';
import { addDays, fromStockholm, toStockholm, weekdayOf, type LocalDate } from '../domain/time/stockholm';
import { seedDemoFeedback } from './demoFeedback';
import { DEMO_GROUP_NAME, DEMO_ITEMS, DEMO_PAST_ATTENDANCE, DEMO_PAST_ITEMS, DEMO_PEOPLE, DEMO_TEAM } from './demoGroup';
import { submitDemoItem, writeDemoMinutes, type DemoClock, type DemoSeeding } from './demoMeetings';
import { DEMO_TERM } from './demoTerm';
import { demoTermDates, seedDemoTerm } from './seedDemoTerm';

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
 * secretary installs the app before the term, the roster registers the rest, roles are
 * handed out, the term's meetings are planned and held one by one with their minutes
 * published (DEMO_TERM), then the last meeting is held and its minutes published (one
 * item taken up again at the next), and items are submitted to the next over the past
 * days. A database that already has the group is left alone.
 */
export async function seedDemoData(deps: DomainDeps): Promise<boolean> {
  if (await deps.store.groups.getByTeamId(DEMO_TEAM.teamId)) return false;
  const realNow = deps.now();
  const nextDate = nextDemoMeetingDate(realNow);
  const pastDate = addDays(nextDate, -14);
  const termDates = demoTermDates(pastDate);
  // Everything happens "over the last months": a clock the seeding moves itself, never past the real now.
  let at = new Date(Math.min(fromStockholm(addDays(termDates[0]!, -14), { hour: 9, minute: 0 }).getTime(), realNow.getTime() - 28 * DAY));
  const services = createServices({ store: deps.store, now: () => at });
  const clock: DemoClock = {
    set: (instant) => {
      at = new Date(Math.min(instant.getTime(), realNow.getTime()));
    },
    tick: () => clock.set(new Date(at.getTime() + 7 * MINUTE)),
  };

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

  const term: Meeting[] = [];
  for (const [index, date] of termDates.entries()) term.push(await services.meetings.plan(secretary, { date, ...AFTERNOON, place: DEMO_TERM[index]!.place }));
  const past = await services.meetings.plan(secretary, { date: pastDate, ...AFTERNOON, place: 'Jupiter' });
  const meeting = await services.meetings.plan(secretary, { date: nextDate, ...AFTERNOON, place: 'Jupiter + Teams' });
  const members = await deps.store.members.listByGroup(group.id);
  const byName = new Map<string, Member>(members.map((m) => [m.name, m]));
  const actorFor = (name: string): Actor => ({ group, member: byName.get(name)! });
  const seeding: DemoSeeding = { services, secretary, members, byName, clock };

  await seedDemoTerm(seeding, [...term, past]);
  clock.set(new Date(Math.max(at.getTime(), realNow.getTime() - 28 * DAY)));
  const pastItems: AgendaItem[] = [];
  for (const demo of DEMO_PAST_ITEMS) {
    clock.tick();
    pastItems.push(await submitDemoItem(seeding, past, demo));
  }
  const attendance = (proposed: Attendee[]): Attendee[] => proposed.map((a) => ({ ...a, ...(DEMO_PAST_ATTENDANCE[a.name] ?? {}) }));
  const { followUps } = await writeDemoMinutes(seeding, { meeting: past, next: meeting, items: pastItems, demos: DEMO_PAST_ITEMS }, attendance);

  clock.set(new Date(Math.max(at.getTime(), realNow.getTime() - 7 * DAY)));
  for (const demo of DEMO_ITEMS) {
    clock.tick();
    const onTime = at;
    // A late item is submitted after the deadline, when the deadline has already passed.
    if (demo.late) clock.set(new Date(Date.parse(meeting.agendaDeadline) + 60 * MINUTE));
    await submitDemoItem(seeding, meeting, demo, demo.fromLastMeeting ? followUps.get(demo.title) : undefined);
    at = onTime;
  }
  clock.tick();
  await seedDemoFeedback(services, actorFor('Jonas Berglund'), meeting, members, actorFor);
  return true;
}
