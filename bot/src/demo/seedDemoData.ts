import type { DomainDeps } from '../domain/deps';
import type { Actor, Member } from '../domain/model';
import { createServices } from '../domain/services';
import { addDays, toStockholm, weekdayOf, type LocalDate } from '../domain/time/stockholm';
import { seedDemoFeedback } from './demoFeedback';
import { DEMO_GROUP_NAME, DEMO_ITEMS, DEMO_PEOPLE, DEMO_TEAM } from './demoGroup';

const TUESDAY = 2;
const MINUTE = 60_000;

/** The first Tuesday at least two days ahead, so the demo meeting is always upcoming. */
export function nextDemoMeetingDate(now: Date): LocalDate {
  let day = addDays(toStockholm(now), 2);
  while (weekdayOf(day) !== TUESDAY) day = addDays(day, 1);
  return day;
}

/**
 * Seeds the demo group once, through the domain's own services as people would: the
 * secretary installs the app, the roster registers the rest, roles are handed out,
 * a meeting is planned and items are submitted over the past days. A database that
 * already has the group is left alone.
 */
export async function seedDemoData(deps: DomainDeps): Promise<boolean> {
  if (await deps.store.groups.getByTeamId(DEMO_TEAM.teamId)) return false;
  const realNow = deps.now();
  // The seeding happens "over the last days": a clock it moves itself, never past the real now.
  let at = new Date(realNow.getTime() - 7 * 24 * 60 * MINUTE);
  const services = createServices({ store: deps.store, now: () => at });
  const tick = (): void => {
    at = new Date(Math.min(at.getTime() + 7 * MINUTE, realNow.getTime()));
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

  const meeting = await services.meetings.plan(secretary, {
    date: nextDemoMeetingDate(realNow),
    start: { hour: 13, minute: 0 },
    end: { hour: 16, minute: 0 },
    place: 'Jupiter + Teams',
  });
  const members = await deps.store.members.listByGroup(group.id);
  const byName = new Map<string, Member>(members.map((m) => [m.name, m]));
  const actorFor = (name: string): Actor => ({ group, member: byName.get(name)! });

  for (const demo of DEMO_ITEMS) {
    tick();
    const onTime = at;
    // A late item is submitted after the deadline, when the deadline has already passed.
    if (demo.late) at = new Date(Math.min(Date.parse(meeting.agendaDeadline) + 60 * MINUTE, realNow.getTime()));
    await submit(demo);
    at = onTime;
  }
  tick();
  await seedDemoFeedback(services, actorFor('Jonas Berglund'), meeting, members, actorFor);
  return true;

  async function submit(demo: (typeof DEMO_ITEMS)[number]): Promise<void> {
    const submitter = actorFor(demo.presenters[0] ?? secretaryPerson!.name);
    if (demo.section === 'kortkort') {
      await services.agenda.addNotice(meeting, submitter.member, demo.title);
      return;
    }
    const item = await services.agenda.addItem(meeting, submitter.member, demo.title);
    const presenters = demo.presenters.map((name) => byName.get(name)!.initials).join(', ');
    await services.agenda.editItem(submitter, item, meeting, members, { ...demo, presenters, minutes: demo.minutes === undefined ? '' : String(demo.minutes) });
  }
}
