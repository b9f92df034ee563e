import type { DomainDeps } from './deps';
import { DomainError } from './errors';
import { isCoordinator, type Actor, type Meeting } from './model';
import { DEFAULT_REMINDERS, REMINDER_KINDS, reminderTime, sameSetting, type ReminderKind, type ReminderSetting, type ReminderSettings } from './reminders';
import { VersionConflictError } from './storage';

/** A group's reminders as they apply now: its own plan, or the defaults. */
export interface CurrentPlan {
  settings: ReminderSettings;
  /** The stored plan's version; absent while the group follows the defaults. */
  version?: string;
}

export class ReminderPlanService {
  constructor(private readonly deps: DomainDeps) {}

  async current(groupId: string): Promise<CurrentPlan> {
    const plan = await this.deps.store.reminderPlans.get(groupId);
    return plan ? { settings: { ...DEFAULT_REMINDERS, ...plan.settings }, version: plan.version } : { settings: DEFAULT_REMINDERS };
  }

  /**
   * A chair or secretary changes the plan from the version they saw. A reminder that
   * has not gone out for the next meeting cannot be moved to a time that has already
   * passed (it would go out at once, unannounced); one that went out already is only
   * changed for the meetings after.
   */
  async change(actor: Actor, changes: Partial<ReminderSettings>, seenVersion: string | undefined, next: Meeting | undefined): Promise<ReminderSettings> {
    if (!isCoordinator(actor.member)) throw new DomainError('notCoordinator');
    const current = await this.current(actor.group.id);
    if (current.version !== seenVersion) throw new DomainError('reminderPlanChanged');
    const settings: ReminderSettings = { ...current.settings, ...changes };
    if (next) {
      for (const kind of REMINDER_KINDS) this.assertNotPassed(kind, current.settings[kind], settings[kind], next);
    }
    if (REMINDER_KINDS.every((kind) => sameSetting(current.settings[kind], settings[kind]))) return settings;
    try {
      const saved = await this.deps.store.reminderPlans.save({ groupId: actor.group.id, settings, updatedAt: this.deps.now().toISOString() }, current.version);
      return saved.settings;
    } catch (error) {
      if (error instanceof VersionConflictError) throw new DomainError('reminderPlanChanged');
      throw error;
    }
  }

  private assertNotPassed(kind: ReminderKind, before: ReminderSetting, after: ReminderSetting, next: Meeting): void {
    if (!after.enabled || sameSetting(before, after)) return;
    const now = this.deps.now();
    const wasAhead = before.enabled && reminderTime(next, kind, before).dueAt > now;
    const { dueAt, usefulUntil } = reminderTime(next, kind, after);
    const stillPending = !before.enabled || wasAhead;
    if (stillPending && dueAt <= now && usefulUntil > now) throw new DomainError('reminderTimeInPast', { kind, when: dueAt.toISOString() });
  }
}
