import { defaultAgendaDeadline, isOnlinePlace, MeetingService, type MeetingPlan } from '../../../bot/src/domain/meetings';
import { createWorld, ONE_TO_FOUR, TUESDAY_8_DEC, rejects, type World } from './fixtures';

const plan = (overrides: Partial<MeetingPlan> = {}): MeetingPlan => ({ date: TUESDAY_8_DEC, ...ONE_TO_FOUR, place: 'Saturnus + Teams', ...overrides });

describe('MeetingService', () => {
  let world: World;
  let meetings: MeetingService;
  beforeEach(async () => {
    world = await createWorld();
    meetings = new MeetingService(world.deps);
  });
  afterEach(() => world.store.close());

  describe('MeetingService.plan', () => {
    it('stores the meeting in UTC with the Thursday-noon deadline and keeps the place as written', async () => {
      const meeting = await meetings.plan(world.as(world.chair), plan({ place: '  Saturnus   + Teams ' }));
      expect(meeting).toMatchObject({
        groupId: world.group.id,
        startsAt: '2026-12-08T12:00:00.000Z',
        endsAt: '2026-12-08T15:00:00.000Z',
        place: 'Saturnus + Teams',
        online: true,
        agendaDeadline: '2026-12-03T11:00:00.000Z',
        status: 'planerat',
        createdAt: '2026-11-22T09:00:00.000Z',
      });
      expect(await world.store.meetings.get(meeting.id)).toEqual(meeting);
    });

    it('closes the agenda call the Thursday before a Thursday meeting, and the day before a Friday one', async () => {
      const thursday = await meetings.plan(world.as(world.chair), plan({ date: { year: 2026, month: 12, day: 10 } }));
      const friday = await meetings.plan(world.as(world.chair), plan({ date: { year: 2026, month: 12, day: 18 } }));
      expect(thursday.agendaDeadline).toBe('2026-12-03T11:00:00.000Z');
      expect(friday.agendaDeadline).toBe('2026-12-17T11:00:00.000Z');
    });

    it('marks a meeting in a room only as not online', async () => {
      expect((await meetings.plan(world.as(world.secretary), plan({ place: 'Rådhuset, sal Örnen' }))).online).toBe(false);
    });

    it('lets the secretary plan too', async () => {
      await expect(meetings.plan(world.as(world.secretary), plan())).resolves.toMatchObject({ place: 'Saturnus + Teams' });
    });

    it('refuses members who are neither chair nor secretary, and strangers', async () => {
      await rejects(meetings.plan(world.as(world.tove), plan()), 'notCoordinator');
      expect(await world.store.meetings.listByGroup(world.group.id)).toEqual([]);
    });

    it('refuses a meeting that ends before or when it starts', async () => {
      await rejects(meetings.plan(world.as(world.chair), plan({ start: { hour: 16, minute: 0 }, end: { hour: 13, minute: 0 } })), 'endBeforeStart');
      await rejects(meetings.plan(world.as(world.chair), plan({ start: { hour: 13, minute: 0 }, end: { hour: 13, minute: 0 } })), 'endBeforeStart');
    });

    it('refuses a meeting in the past, also one that ended earlier today', async () => {
      await rejects(meetings.plan(world.as(world.chair), plan({ date: { year: 2026, month: 11, day: 17 } })), 'meetingInPast');
      // Now is 10.00 in Stockholm.
      const morning = { start: { hour: 8, minute: 0 }, end: { hour: 9, minute: 30 } };
      await rejects(meetings.plan(world.as(world.chair), plan({ date: { year: 2026, month: 11, day: 22 }, ...morning })), 'meetingInPast');
    });

    it('refuses a second meeting on the same day, naming the date', async () => {
      await meetings.plan(world.as(world.chair), plan());
      const error = await rejects(meetings.plan(world.as(world.chair), plan({ start: { hour: 8, minute: 0 }, end: { hour: 10, minute: 0 } })), 'meetingExists');
      expect(error.params.date).toBe('2026-12-08');
      expect(await world.store.meetings.listByGroup(world.group.id)).toHaveLength(1);
    });

    it('allows a new meeting on the day of a cancelled one', async () => {
      const cancelled = await meetings.plan(world.as(world.chair), plan());
      await world.store.meetings.update({ ...cancelled, status: 'installt' });
      await expect(meetings.plan(world.as(world.chair), plan({ place: 'Rådhuset' }))).resolves.toMatchObject({ place: 'Rådhuset' });
    });

    it('asks for a place when there is none', async () => {
      await rejects(meetings.plan(world.as(world.chair), plan({ place: '   ' })), 'placeMissing');
    });

    it('refuses an over-long place with an error about its length, not a missing place', async () => {
      const error = await rejects(meetings.plan(world.as(world.chair), plan({ place: `Saturnus ${'x'.repeat(260)}` })), 'placeTooLong');
      expect(error.params.max).toBe(255);
    });
  });

  describe('MeetingService.setDeadline', () => {
    it('moves the deadline, in Stockholm time, and stores it', async () => {
      const meeting = await meetings.plan(world.as(world.secretary), plan());
      const changed = await meetings.setDeadline(world.as(world.secretary), meeting, { year: 2026, month: 12, day: 4 }, { hour: 9, minute: 30 });
      expect(changed.agendaDeadline).toBe('2026-12-04T08:30:00.000Z');
      expect((await world.store.meetings.get(meeting.id))?.agendaDeadline).toBe('2026-12-04T08:30:00.000Z');
    });

    it('refuses a deadline at or after the start of the meeting', async () => {
      const meeting = await meetings.plan(world.as(world.secretary), plan());
      await rejects(meetings.setDeadline(world.as(world.chair), meeting, TUESDAY_8_DEC, { hour: 13, minute: 0 }), 'deadlineAfterMeeting');
      await rejects(meetings.setDeadline(world.as(world.chair), meeting, { year: 2026, month: 12, day: 9 }, { hour: 12, minute: 0 }), 'deadlineAfterMeeting');
      expect((await world.store.meetings.get(meeting.id))?.agendaDeadline).toBe('2026-12-03T11:00:00.000Z');
    });

    it('accepts a deadline on the morning of the meeting', async () => {
      const meeting = await meetings.plan(world.as(world.secretary), plan());
      const changed = await meetings.setDeadline(world.as(world.chair), meeting, TUESDAY_8_DEC, { hour: 12, minute: 59 });
      expect(changed.agendaDeadline).toBe('2026-12-08T11:59:00.000Z');
    });

    it('only lets the chair or the secretary change it', async () => {
      const meeting = await meetings.plan(world.as(world.secretary), plan());
      await rejects(meetings.setDeadline(world.as(world.tove), meeting, { year: 2026, month: 12, day: 4 }, { hour: 12, minute: 0 }), 'notCoordinator');
    });
  });

  describe('MeetingService.next and target', () => {
    it('has no next meeting before any is planned', async () => {
      expect(await meetings.next(world.group.id)).toBeUndefined();
      await rejects(meetings.target(world.group.id), 'noUpcomingMeeting');
    });

    it('gives the earliest meeting that is not over, and skips it once it is', async () => {
      const later = await meetings.plan(world.as(world.chair), plan({ date: { year: 2026, month: 12, day: 22 } }));
      const first = await meetings.plan(world.as(world.chair), plan());
      expect((await meetings.next(world.group.id))?.id).toBe(first.id);

      world.clock.set('2026-12-08T14:00:00.000Z'); // 15.00, the meeting is on
      expect((await meetings.next(world.group.id))?.id).toBe(first.id);

      world.clock.set('2026-12-08T15:01:00.000Z'); // 16.01, it is over
      expect((await meetings.next(world.group.id))?.id).toBe(later.id);
      expect((await meetings.target(world.group.id)).id).toBe(later.id);
    });

    it('skips a cancelled meeting', async () => {
      const first = await meetings.plan(world.as(world.chair), plan());
      const later = await meetings.plan(world.as(world.chair), plan({ date: { year: 2026, month: 12, day: 22 } }));
      await world.store.meetings.update({ ...first, status: 'installt' });
      expect((await meetings.next(world.group.id))?.id).toBe(later.id);
    });

    it('finds a meeting by its Stockholm date, also just after midnight', async () => {
      const late = await meetings.plan(world.as(world.chair), plan({ date: { year: 2026, month: 12, day: 9 }, start: { hour: 0, minute: 30 }, end: { hour: 1, minute: 30 } }));
      expect((await meetings.target(world.group.id, { year: 2026, month: 12, day: 9 })).id).toBe(late.id);
      const error = await rejects(meetings.target(world.group.id, TUESDAY_8_DEC), 'noMeetingOnDate');
      expect(error.params.date).toBe('2026-12-08');
    });

    it('does not mix up groups', async () => {
      const other = (await world.store.groups.createIfAbsent({ id: 'group-soderby', teamId: '19:soderby', name: 'Söderby', createdAt: '2026-08-01T00:00:00.000Z', language: 'sv' })).group;
      await meetings.plan(world.as(world.chair), plan());
      expect(await meetings.next(other.id)).toBeUndefined();
    });
  });
});

describe('defaultAgendaDeadline', () => {
  it.each([
    ['a Tuesday', { year: 2026, month: 12, day: 8 }, '2026-12-03T11:00:00.000Z'],
    ['a Monday', { year: 2026, month: 12, day: 7 }, '2026-12-03T11:00:00.000Z'],
    ['a Thursday: the Thursday a week before', { year: 2026, month: 12, day: 10 }, '2026-12-03T11:00:00.000Z'],
    ['a Friday: the day before', { year: 2026, month: 12, day: 11 }, '2026-12-10T11:00:00.000Z'],
    ['a Tuesday in summer (12.00 is 10.00 UTC)', { year: 2027, month: 6, day: 15 }, '2027-06-10T10:00:00.000Z'],
    ['a Tuesday just after the spring change, Thursday still in winter time', { year: 2026, month: 3, day: 31 }, '2026-03-26T11:00:00.000Z'],
    ['a Tuesday early in January, Thursday in the old year', { year: 2027, month: 1, day: 5 }, '2026-12-31T11:00:00.000Z'],
  ])('for %s is the Thursday before at 12.00 Stockholm time', (_label, date, expected) => {
    expect(defaultAgendaDeadline(date).toISOString()).toBe(expected);
  });
});

describe('isOnlinePlace', () => {
  it.each([
    ['Saturnus + Teams', true],
    ['Teams', true],
    ['Digitalt', true],
    ['Saturnus', false],
    ['Teamsalen', false],
  ])('%s → %s', (place, online) => {
    expect(isOnlinePlace(place)).toBe(online);
  });
});
