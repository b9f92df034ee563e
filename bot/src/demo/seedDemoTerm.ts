import type { Attendee } from '../domain/minutes/model';
import type { AgendaItem, Meeting } from '../domain/model';
import { addDays, fromStockholm, localDateOf, toStockholm, type LocalDate } from '../domain/time/stockholm';
import { submitDemoItem, writeDemoMinutes, type DemoSeeding } from './demoMeetings';
import { DEMO_TERM, type DemoTermMeeting } from './demoTerm';

const TWO_WEEKS = 14;

/** The term's meetings every other Tuesday, the last one two weeks before `lastHeld`. */
export const demoTermDates = (lastHeld: LocalDate): LocalDate[] => DEMO_TERM.map((_, index) => addDays(lastHeld, -TWO_WEEKS * (DEMO_TERM.length - index)));

/** The leadership group as the proposed list has it, with who was away; the steering group only when it joined; no guests. */
function attendanceOf(demo: DemoTermMeeting): (proposed: Attendee[]) => Attendee[] {
  return (proposed) =>
    proposed
      .filter((a) => a.group === 'LG' || (a.group === 'SG' && demo.steeringGroup))
      .map((a): Attendee => {
        const away = demo.attendance[a.name];
        if (away) return { ...a, ...away };
        const part = a.group === 'SG' ? demo.steeringGroup?.part : undefined;
        return part ? { ...a, presence: 'partTime', part } : { ...a, presence: 'present' };
      });
}

/**
 * The meetings of the term before the demo's last one, held one after the other:
 * items submitted the week before, minutes written on the day and published the next
 * morning, actions marked done when they fell due (as long as that is in the past),
 * and one meeting's minutes corrected after publication. `meetings` are the planned
 * meetings, one per entry of DEMO_TERM, followed by the meeting after the term.
 */
export async function seedDemoTerm(seeding: DemoSeeding, meetings: Meeting[]): Promise<void> {
  const { services, secretary, clock } = seeding;
  let done: { meeting: Meeting; actionId: string; due: string }[] = [];
  const markDoneUntil = async (instant: Date): Promise<void> => {
    const due = done.filter((d) => fromStockholm(localDateOf(d.due), { hour: 15, minute: 0 }) <= instant);
    done = done.filter((d) => !due.includes(d));
    for (const { meeting, actionId } of due) {
      const action = (await services.deps.store.actions.get(actionId))!;
      await services.minutes.updateAction(secretary, meeting, actionId, { done: true }, action.version);
    }
  };

  let followUps = new Map<string, AgendaItem>();
  for (const [index, demo] of DEMO_TERM.entries()) {
    const meeting = meetings[index]!;
    const day = toStockholm(new Date(meeting.startsAt));
    const submitted = fromStockholm(addDays(day, -7), { hour: 10, minute: 0 });
    clock.set(submitted);
    await markDoneUntil(submitted);
    const items: AgendaItem[] = [];
    for (const item of demo.items) {
      clock.tick();
      items.push(await submitDemoItem(seeding, meeting, item, item.fromLastMeeting ? followUps.get(item.title) : undefined));
    }
    const written = await writeDemoMinutes(seeding, { meeting, next: meetings[index + 1]!, items, demos: demo.items }, attendanceOf(demo));
    followUps = written.followUps;
    done.push(...written.done.map((d) => ({ ...d, meeting })));
    if (demo.correction) await correct(seeding, meeting, items, demo.correction);
  }
  const last = toStockholm(new Date(meetings[DEMO_TERM.length - 1]!.startsAt));
  await markDoneUntil(fromStockholm(addDays(last, 1), { hour: 10, minute: 0 }));
}

/** The day after publication, the secretary corrects a decision: a new version with its reason. */
async function correct(seeding: DemoSeeding, meeting: Meeting, items: AgendaItem[], correction: NonNullable<DemoTermMeeting['correction']>): Promise<void> {
  const { services, secretary, clock } = seeding;
  const day = toStockholm(new Date(meeting.startsAt));
  clock.set(fromStockholm(addDays(day, 2), { hour: 10, minute: 0 }));
  const minutes = (await services.minutes.get(meeting.id))!;
  await services.minutes.startCorrection(secretary, meeting, correction.reason, minutes.version);
  const item = items.find((i) => i.title === correction.itemTitle)!;
  const written = (await services.deps.store.itemMinutes.get(item.id))!;
  clock.tick();
  await services.minutes.saveItem(secretary, meeting, item.id, { notes: written.notes.join('\n\n'), decisions: correction.decisions, links: written.links }, written.version);
  clock.tick();
  await services.minutes.publish(secretary, meeting);
}
