import type { DomainError } from '../../../bot/src/domain/errors';
import type { Meeting } from '../../../bot/src/domain/model';
import { DEFAULT_REMINDERS, readReminderSetting, reminderTime, reminderTimes, type ReminderSettings } from '../../../bot/src/domain/reminders';
import { createWorld, meetingFixture, rejects, type World } from './fixtures';

const at = (kind: 'agendaCall' | 'deadlineReminder' | 'meetingReminder', meeting: Meeting, settings: ReminderSettings = DEFAULT_REMINDERS) =>
  reminderTime(meeting, kind, settings[kind]);

describe('when reminders go out', () => {
  const december = meetingFixture();

  it('follows the Swedish defaults: the call a week ahead at 09.00, the deadline and the meeting a day ahead', () => {
    expect(reminderTimes(december, DEFAULT_REMINDERS).map((t) => [t.kind, t.dueAt.toISOString(), t.usefulUntil.toISOString()])).toEqual([
      ['agendaCall', '2026-12-01T08:00:00.000Z', '2026-12-03T11:00:00.000Z'],
      ['deadlineReminder', '2026-12-02T08:00:00.000Z', '2026-12-03T11:00:00.000Z'],
      ['meetingReminder', '2026-12-07T12:00:00.000Z', '2026-12-08T12:00:00.000Z'],
    ]);
  });

  it('keeps Stockholm wall-clock times across the change to summer time', () => {
    // Tuesday 30 March 2027, the week after the clocks go forward on Sunday 28 March.
    const march = meetingFixture({ startsAt: '2027-03-30T11:00:00.000Z', endsAt: '2027-03-30T14:00:00.000Z', agendaDeadline: '2027-03-25T11:00:00.000Z' });
    expect(at('agendaCall', march).dueAt.toISOString()).toBe('2027-03-23T08:00:00.000Z');
    expect(at('deadlineReminder', march).dueAt.toISOString()).toBe('2027-03-24T08:00:00.000Z');
    expect(at('meetingReminder', march).dueAt.toISOString()).toBe('2027-03-29T11:00:00.000Z');
  });

  it('keeps Stockholm wall-clock times across the change back to winter time', () => {
    // Tuesday 2 November 2027, after the clocks go back on Sunday 31 October.
    const november = meetingFixture({ startsAt: '2027-11-02T12:00:00.000Z', endsAt: '2027-11-02T15:00:00.000Z', agendaDeadline: '2027-10-28T10:00:00.000Z' });
    expect(at('agendaCall', november).dueAt.toISOString()).toBe('2027-10-26T07:00:00.000Z');
    expect(at('meetingReminder', november).dueAt.toISOString()).toBe('2027-11-01T12:00:00.000Z');
  });

  it('leaves out the kinds a group turned off, and moves the ones it changed', () => {
    const settings: ReminderSettings = { ...DEFAULT_REMINDERS, deadlineReminder: { ...DEFAULT_REMINDERS.deadlineReminder, enabled: false }, meetingReminder: { enabled: true, daysBefore: 2, time: { hour: 15, minute: 30 } } };
    expect(reminderTimes(december, settings).map((t) => [t.kind, t.dueAt.toISOString()])).toEqual([
      ['agendaCall', '2026-12-01T08:00:00.000Z'],
      ['meetingReminder', '2026-12-06T14:30:00.000Z'],
    ]);
  });
});

describe('reading a reminder setting from a card', () => {
  it('accepts what Input.Time and Input.Number send', () => {
    expect(readReminderSetting({ enabled: 'true', days: '2', time: '07:45' })).toEqual({ enabled: true, daysBefore: 2, time: { hour: 7, minute: 45 } });
    expect(readReminderSetting({ enabled: 'false', days: 14, time: '9.00' })).toEqual({ enabled: false, daysBefore: 14, time: { hour: 9, minute: 0 } });
  });

  it.each([
    ['0 days', { enabled: 'true', days: '0', time: '09:00' }, ['reminderDaysInvalid']],
    ['15 days', { enabled: 'true', days: '15', time: '09:00' }, ['reminderDaysInvalid']],
    ['words and 24:00', { enabled: 'true', days: 'två', time: '24:00' }, ['reminderDaysInvalid', 'reminderTimeInvalid']],
    ['no time', { enabled: 'true', days: '1', time: '' }, ['reminderTimeInvalid']],
    ['very long values', { enabled: 'true', days: '1'.repeat(500), time: '9:0'.repeat(500) }, ['reminderDaysInvalid', 'reminderTimeInvalid']],
  ])('reports every problem of %s', (_label, form, codes) => {
    const result = readReminderSetting(form);
    expect(Array.isArray(result)).toBe(true);
    expect((result as DomainError[]).map((e) => e.code)).toEqual(codes);
    for (const error of result as DomainError[]) expect(String(error.params.value).length).toBeLessThanOrEqual(40);
  });
});

describe('ReminderPlanService', () => {
  let world: World;
  let meeting: Meeting;
  beforeEach(async () => {
    world = await createWorld();
    meeting = await world.store.meetings.add(meetingFixture());
  });
  afterEach(() => world.store.close());

  const later = { ...DEFAULT_REMINDERS.meetingReminder, daysBefore: 2, time: { hour: 15, minute: 0 } };

  it('follows the defaults until a chair or secretary changes the plan', async () => {
    const { reminderPlans } = world.services;
    expect(await reminderPlans.current(world.group.id)).toEqual({ settings: DEFAULT_REMINDERS });
    await reminderPlans.change(world.as(world.secretary), { meetingReminder: later }, undefined, meeting);
    const current = await reminderPlans.current(world.group.id);
    expect(current.settings.meetingReminder).toEqual(later);
    expect(current.settings.agendaCall).toEqual(DEFAULT_REMINDERS.agendaCall);
    expect(current.version).toBeDefined();
  });

  it('lets only the chair or the secretary change it, and stores nothing otherwise', async () => {
    await rejects(world.services.reminderPlans.change(world.as(world.tove), { meetingReminder: later }, undefined, meeting), 'notCoordinator');
    expect(await world.store.reminderPlans.get(world.group.id)).toBeUndefined();
  });

  it('refuses to move a reminder that has not gone out to a time that has passed', async () => {
    world.clock.set('2026-12-07T10:00:00.000Z');
    const passed = { ...DEFAULT_REMINDERS.meetingReminder, time: { hour: 9, minute: 0 } };
    const error = await rejects(world.services.reminderPlans.change(world.as(world.chair), { meetingReminder: passed }, undefined, meeting), 'reminderTimeInPast');
    expect(error.params).toEqual({ kind: 'meetingReminder', when: '2026-12-07T08:00:00.000Z' });
    expect(await world.store.reminderPlans.get(world.group.id)).toBeUndefined();
  });

  it('changes a reminder that already went out for the meetings after', async () => {
    world.clock.set('2026-12-07T13:00:00.000Z');
    const earlier = { ...DEFAULT_REMINDERS.meetingReminder, time: { hour: 9, minute: 0 } };
    const settings = await world.services.reminderPlans.change(world.as(world.chair), { meetingReminder: earlier }, undefined, meeting);
    expect(settings.meetingReminder).toEqual(earlier);
  });

  it('refuses a change made from a plan someone else has changed since', async () => {
    const { reminderPlans } = world.services;
    await reminderPlans.change(world.as(world.chair), { meetingReminder: later }, undefined, meeting);
    await rejects(reminderPlans.change(world.as(world.secretary), { agendaCall: { ...DEFAULT_REMINDERS.agendaCall, enabled: false } }, undefined, meeting), 'reminderPlanChanged');
    expect((await reminderPlans.current(world.group.id)).settings.agendaCall.enabled).toBe(true);
  });
});
