import type { Meeting } from '../../domain/model';
import { REMINDER_HORIZON_DAYS } from '../../domain/reminders';
import type { Store } from '../../domain/storage';

const DAY_MS = 24 * 3600_000;

/**
 * The planned meetings the scheduler looks at: those starting from a day ago (a
 * meeting that has started is reported as too late, not silently forgotten) to as
 * far ahead as any reminder can come, grouped by group.
 */
export async function meetingsInWindow(store: Store, now: Date): Promise<Map<string, Meeting[]>> {
  const from = new Date(now.getTime() - DAY_MS).toISOString();
  const to = new Date(now.getTime() + REMINDER_HORIZON_DAYS * DAY_MS).toISOString();
  const byGroup = new Map<string, Meeting[]>();
  for (const meeting of await store.meetings.listStartingBetween(from, to)) {
    if (meeting.status !== 'planerat') continue;
    byGroup.set(meeting.groupId, [...(byGroup.get(meeting.groupId) ?? []), meeting]);
  }
  return byGroup;
}
