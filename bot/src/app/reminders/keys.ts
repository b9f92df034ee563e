import type { Meeting } from '../../domain/model';
import type { ReminderKind } from '../../domain/reminders';

/**
 * Outbox keys: what is sent, about what, to whom. A reminder's key names the
 * meeting's start (or the deadline) it is about, so a moved meeting is reminded of
 * again while a changed plan never sends one twice; a confirmation's names the moment
 * the agenda was confirmed, so confirming again posts the new agenda.
 */
export const reminderKey = (kind: ReminderKind, meeting: Meeting, about: string): string => `reminder/${kind}/${meeting.id}@${about}/channel`;

export const confirmationKey = (meeting: Meeting, confirmedAt: string, recipient: string): string => `agenda/${meeting.id}@${confirmedAt}/${recipient}`;
