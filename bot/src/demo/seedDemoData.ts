import { GroupService } from '../domain/groups';
import { defaultAgendaDeadline } from '../domain/meetings';
import type { Member } from '../domain/model';
import type { Store } from '../domain/storage';
import { addDays, fromStockholm, toStockholm, weekdayOf, type LocalDate } from '../domain/time/stockholm';
import { uniqueInitials } from '../domain/text';
import { DEMO_ITEMS, DEMO_PEOPLE, DEMO_TEAM } from './demoGroup';

const TUESDAY = 2;

/** The first Tuesday at least two days ahead, so the demo meeting is always upcoming. */
export function nextDemoMeetingDate(now: Date): LocalDate {
  let day = addDays(toStockholm(now), 2);
  while (weekdayOf(day) !== TUESDAY) day = addDays(day, 1);
  return day;
}

/** Seeds the demo group once; a database that already has it is left alone. */
export async function seedDemoData(store: Store, now: Date): Promise<boolean> {
  if (await store.groups.getByTeamId(DEMO_TEAM.teamId)) return false;
  const secretary = DEMO_PEOPLE[0]!;
  const { group, created } = await new GroupService({ store, now: () => now }).forTeam(DEMO_TEAM, secretary);
  if (!created) return false;

  const existing = await store.members.listByGroup(group.id);
  const taken = new Set(existing.map((m) => m.initials));
  const members: Member[] = [...existing];
  for (const p of DEMO_PEOPLE.slice(1)) {
    const initials = uniqueInitials(p.name, taken);
    taken.add(initials);
    members.push(await store.members.add({ id: crypto.randomUUID(), groupId: group.id, userId: p.userId, aadObjectId: p.aadObjectId, name: p.name, initials, role: p.role, membership: p.membership }));
  }
  const byName = new Map(members.map((m) => [m.name, m]));

  const date = nextDemoMeetingDate(now);
  const meeting = await store.meetings.add({
    id: crypto.randomUUID(),
    groupId: group.id,
    startsAt: fromStockholm(date, { hour: 13, minute: 0 }).toISOString(),
    endsAt: fromStockholm(date, { hour: 16, minute: 0 }).toISOString(),
    place: 'Jupiter + Teams',
    online: true,
    agendaDeadline: defaultAgendaDeadline(date).toISOString(),
    status: 'planerat',
    createdAt: now.toISOString(),
  });

  let order = 0;
  for (const item of DEMO_ITEMS) {
    const presenters = item.presenters.map((name) => {
      const m = byName.get(name)!;
      return { name: m.name, initials: m.initials, memberId: m.id };
    });
    const submitter = presenters[0] ? byName.get(presenters[0].name)! : byName.get(secretary.name)!;
    await store.items.add({
      id: crypto.randomUUID(),
      meetingId: meeting.id,
      groupId: group.id,
      section: item.section,
      title: item.title,
      presenters,
      minutes: item.minutes,
      description: item.description,
      link: item.link,
      submittedByMemberId: submitter.id,
      submittedByName: submitter.name,
      submittedAt: new Date(now.getTime() - (DEMO_ITEMS.length - order) * 3600_000).toISOString(),
      late: item.late ?? false,
      status: 'anmald',
      order: ++order,
    });
  }
  return true;
}
