import type { Attendee } from '../domain/minutes/model';
import type { Actor, AgendaItem, Meeting, Member } from '../domain/model';
import type { Services } from '../domain/services';
import { addDays, fromStockholm, isoDate, toStockholm } from '../domain/time/stockholm';
import type { DemoItem, DemoMinutesItem } from './demoGroup';

/** The clock the seeding moves itself, never past the real now. */
export interface DemoClock {
  set(instant: Date): void;
  /** A few minutes on: the next thing someone does. */
  tick(): void;
}

/** What every step of the seeding needs: the services, the secretary who writes, the group's members by name. */
export interface DemoSeeding {
  services: Services;
  secretary: Actor;
  members: Member[];
  byName: Map<string, Member>;
  clock: DemoClock;
}

/** A demo item submitted by its first presenter (or the secretary), as the card would submit it. */
export async function submitDemoItem(seeding: DemoSeeding, target: Meeting, demo: DemoItem, existing?: AgendaItem): Promise<AgendaItem> {
  const { services, secretary, members, byName } = seeding;
  const submitter: Actor = { group: secretary.group, member: byName.get(demo.presenters[0] ?? secretary.member.name)! };
  if (demo.section === 'kortkort') return services.agenda.addNotice(target, submitter.member, demo.title);
  const item = existing ?? (await services.agenda.addItem(target, submitter.member, demo.title));
  const presenters = demo.presenters.map((name) => byName.get(name)!.initials).join(', ');
  return services.agenda.editItem(submitter, item, target, members, { ...demo, presenters, minutes: demo.minutes === undefined ? '' : String(demo.minutes) });
}

export interface WrittenMinutes {
  /** The items taken up again at the next meeting, by title. */
  followUps: Map<string, AgendaItem>;
  /** The actions marked done in the demo, with when they fell due. */
  done: { actionId: string; due: string }[];
}

/**
 * A held meeting's minutes, written by the secretary the afternoon of the meeting and
 * published the next morning: attendance, each item's notes and decisions, its
 * actions, and the items taken up again at the next meeting.
 */
export async function writeDemoMinutes(
  seeding: DemoSeeding,
  { meeting, next, items, demos }: { meeting: Meeting; next: Meeting; items: AgendaItem[]; demos: DemoMinutesItem[] },
  attendance: (proposed: Attendee[]) => Attendee[],
): Promise<WrittenMinutes> {
  const { services, secretary, byName, clock } = seeding;
  const day = toStockholm(new Date(meeting.startsAt));
  clock.set(fromStockholm(day, { hour: 16, minute: 10 }));
  const minutes = await services.minutes.open(secretary, meeting);
  await services.minutes.saveHeader(secretary, meeting, { attendance: attendance(minutes.attendance), takenBy: { memberId: secretary.member.id } }, minutes.version);
  const written: WrittenMinutes = { followUps: new Map(), done: [] };
  for (const [index, demo] of demos.entries()) {
    const item = items[index]!;
    clock.tick();
    await services.minutes.saveItem(secretary, meeting, item.id, { notes: demo.notes.join('\n\n'), decisions: demo.decisions ?? [], links: [] }, undefined);
    for (const [n, action] of (demo.actions ?? []).entries()) {
      const due = action.dueInDays === undefined ? undefined : isoDate(addDays(day, action.dueInDays));
      const added = await services.minutes.addAction(secretary, meeting, `${item.id}-action-${n + 1}`, item.id, { what: action.what, owner: { memberId: byName.get(action.owner)!.id }, due });
      if (action.done && due) written.done.push({ actionId: added.id, due });
    }
    if (demo.followUp) {
      const followUp = await services.minutes.addFollowUp(secretary, meeting, crypto.randomUUID(), item.id, next);
      written.followUps.set(demo.title, (await services.deps.store.items.get(followUp.agendaItemId))!);
    }
  }
  clock.set(fromStockholm(addDays(day, 1), { hour: 9, minute: 0 }));
  await services.minutes.publish(secretary, meeting);
  return written;
}
