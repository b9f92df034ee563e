import type Database from 'better-sqlite3';
import type { ReminderPlan } from '../../domain/reminders';
import { VersionConflictError, type New, type ReminderPlanRepository } from '../../domain/storage';
import type { Row } from './rows';
import { insertIfAbsent, prepared, updateVersioned } from './versioned';

export class SqliteReminderPlans implements ReminderPlanRepository {
  constructor(private readonly db: Database.Database) {}

  async get(groupId: string): Promise<ReminderPlan | undefined> {
    const row = prepared(this.db, 'SELECT * FROM reminder_plans WHERE group_id = ?').get(groupId) as Row | undefined;
    if (!row) return undefined;
    return { groupId, settings: JSON.parse(row.settings as string) as ReminderPlan['settings'], updatedAt: row.updated_at as string, version: String(row.version) };
  }

  /** A first save inserts (a second first save conflicts), later ones update from the version read. */
  async save(plan: New<ReminderPlan>, expectedVersion: string | undefined): Promise<ReminderPlan> {
    const params = { group_id: plan.groupId, settings: JSON.stringify(plan.settings), updated_at: plan.updatedAt };
    if (expectedVersion === undefined) {
      if (!insertIfAbsent(this.db, 'reminder_plans', 'group_id', params)) throw new VersionConflictError('reminder plan', plan.groupId);
      return { ...plan, version: '1' };
    }
    const version = updateVersioned(this.db, 'reminder_plans', 'group_id', params, expectedVersion, 'reminder plan');
    return { ...plan, version: String(version) };
  }
}
