import type { Meeting } from '../../domain/model';
import { REMINDER_HORIZON_DAYS } from '../../domain/reminders';
import type { Store } from '../../domain/storage';
import type { Collected, DueWorkSource } from '../outbox/dueWork';

const DAY_MS = 24 * 3600_000;

/**
 * The planned meetings the scheduler looks at: those starting from a day ago (a
 * meeting that has started is reported as too late, not silently forgotten) to as
 * far ahead as any reminder can come, grouped by group.
 */
async function meetingsInWindow(store: Store, now: Date): Promise<Map<string, Meeting[]>> {
  const from = new Date(now.getTime() - DAY_MS).toISOString();
  const to = new Date(now.getTime() + REMINDER_HORIZON_DAYS * DAY_MS).toISOString();
  const byGroup = new Map<string, Meeting[]>();
  for (const meeting of await store.meetings.listStartingBetween(from, to)) {
    if (meeting.status !== 'planerat') continue;
    byGroup.set(meeting.groupId, [...(byGroup.get(meeting.groupId) ?? []), meeting]);
  }
  return byGroup;
}

/** One kind of due work about a group's coming meetings. */
export interface MeetingCollector {
  collect(groupId: string, meetings: Meeting[], now: Date, into: Collected): Promise<void>;
}

/** What is due about the coming meetings: the window read once per pass, each collector adding its work. */
export class MeetingSource implements DueWorkSource {
  readonly name = 'meetings';

  constructor(
    private readonly store: Store,
    private readonly collectors: readonly MeetingCollector[],
  ) {}

  async collect(now: Date): Promise<Collected> {
    const collected: Collected = { work: [], notes: [] };
    for (const [groupId, meetings] of await meetingsInWindow(this.store, now)) {
      for (const collector of this.collectors) await collector.collect(groupId, meetings, now, collected);
    }
    return collected;
  }
}
