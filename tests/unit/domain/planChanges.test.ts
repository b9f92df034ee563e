import { buildAgendaView, itemByNumber } from '../../../bot/src/domain/agenda';
import type { AgendaItem, Meeting } from '../../../bot/src/domain/model';
import { createWorld, ONE_TO_FOUR, rejects, TUESDAY_8_DEC, type World } from './fixtures';

describe('changing plans', () => {
  let world: World;
  let meeting: Meeting;
  let item: AgendaItem;

  beforeEach(async () => {
    world = await createWorld();
    meeting = await world.services.meetings.plan(world.as(world.secretary), { date: TUESDAY_8_DEC, ...ONE_TO_FOUR, place: 'Saturnus' });
    item = await world.services.agenda.addItem(meeting, world.tove, 'Skolskjuts');
  });
  afterEach(() => world.store.close());

  const planChanges = () => world.services.planChanges;
  const later = (day: number) => world.services.meetings.plan(world.as(world.secretary), { date: { year: 2026, month: 12, day }, ...ONE_TO_FOUR, place: 'Jupiter' });

  describe('moving a meeting', () => {
    it('moves it to another day with its times, and its deadline the same number of days', async () => {
      const moved = await planChanges().moveMeeting(world.as(world.chair), meeting, { year: 2026, month: 12, day: 15 });
      expect(moved).toMatchObject({ startsAt: '2026-12-15T12:00:00.000Z', endsAt: '2026-12-15T15:00:00.000Z', agendaDeadline: '2026-12-10T11:00:00.000Z' });
      expect(await world.store.meetings.get(meeting.id)).toEqual(moved);
      expect((await world.store.items.listByMeeting(meeting.id)).map((i) => i.id)).toEqual([item.id]);
    });

    it('takes new times when given, across the change to summer time', async () => {
      world.clock.set('2027-03-01T09:00:00.000Z');
      const spring = await world.services.meetings.plan(world.as(world.chair), { date: { year: 2027, month: 3, day: 23 }, ...ONE_TO_FOUR, place: 'Jupiter' });
      const moved = await planChanges().moveMeeting(world.as(world.chair), spring, { year: 2027, month: 3, day: 30 }, { start: { hour: 9, minute: 0 }, end: { hour: 12, minute: 0 } });
      expect(moved).toMatchObject({ startsAt: '2027-03-30T07:00:00.000Z', endsAt: '2027-03-30T10:00:00.000Z', agendaDeadline: '2027-03-25T11:00:00.000Z' });
    });

    it('refuses members, past days, days that already have a meeting and cancelled meetings', async () => {
      await rejects(planChanges().moveMeeting(world.as(world.tove), meeting, { year: 2026, month: 12, day: 15 }), 'notCoordinator');
      await rejects(planChanges().moveMeeting(world.as(world.chair), meeting, { year: 2026, month: 11, day: 20 }), 'meetingInPast');
      await later(15);
      await rejects(planChanges().moveMeeting(world.as(world.chair), meeting, { year: 2026, month: 12, day: 15 }), 'meetingExists');
      const { meeting: cancelled } = await planChanges().cancelMeeting(world.as(world.chair), meeting);
      await rejects(planChanges().moveMeeting(world.as(world.chair), cancelled, { year: 2026, month: 12, day: 22 }), 'meetingNotPlanned');
      expect((await world.store.meetings.get(meeting.id))?.startsAt).toBe('2026-12-08T12:00:00.000Z');
    });
  });

  describe('cancelling a meeting', () => {
    it('moves its items to the next planned meeting, after what that one has', async () => {
      const next = await later(22);
      const there = await world.services.agenda.addItem(next, world.orjan, 'Redan där');
      const notice = await world.services.agenda.addNotice(meeting, world.orjan, 'Glöm inte friskvården.');
      const outcome = await planChanges().cancelMeeting(world.as(world.secretary), meeting);
      expect(outcome.meeting.status).toBe('installt');
      expect(outcome.movedTo?.id).toBe(next.id);
      expect(outcome.items.map((i) => i.title)).toEqual(['Skolskjuts', 'Glöm inte friskvården.']);
      expect((await world.store.items.listByMeeting(next.id)).map((i) => i.id)).toEqual([there.id, item.id, notice.id]);
      expect(await world.store.items.listByMeeting(meeting.id)).toEqual([]);
      expect((await world.services.meetings.next(world.group.id))?.id).toBe(next.id);
    });

    it('keeps the items waiting when no meeting follows, and gives them to the next one planned', async () => {
      const outcome = await planChanges().cancelMeeting(world.as(world.chair), meeting);
      expect(outcome.movedTo).toBeUndefined();
      expect((await planChanges().homeless(world.group.id)).map((i) => i.title)).toEqual(['Skolskjuts']);
      const next = await later(22);
      expect((await planChanges().adoptHomeless(world.as(world.chair), next)).map((i) => i.title)).toEqual(['Skolskjuts']);
      expect((await world.store.items.listByMeeting(next.id)).map((i) => i.title)).toEqual(['Skolskjuts']);
      expect(await planChanges().homeless(world.group.id)).toEqual([]);
    });

    it('lets only a coordinator cancel, and not a meeting that has started', async () => {
      await rejects(planChanges().cancelMeeting(world.as(world.tove), meeting), 'notCoordinator');
      world.clock.set('2026-12-08T12:30:00.000Z');
      await rejects(planChanges().cancelMeeting(world.as(world.chair), meeting), 'meetingClosed');
      expect((await world.store.meetings.get(meeting.id))?.status).toBe('planerat');
    });
  });

  describe('moving and removing an item', () => {
    it('lets a coordinator move an item to another meeting, no longer late', async () => {
      world.clock.set('2026-12-05T09:00:00.000Z');
      const late = await world.services.agenda.addItem(meeting, world.tove, 'Sent anmäld');
      expect(late.late).toBe(true);
      const next = await later(22);
      const moved = await planChanges().moveItem(world.as(world.chair), late, meeting, next);
      expect(moved).toMatchObject({ meetingId: next.id, late: false });
      await rejects(planChanges().moveItem(world.as(world.chair), moved, next, next), 'sameMeeting');
      await rejects(planChanges().moveItem(world.as(world.tove), item, meeting, next), 'notCoordinator');
    });

    it('sets an item aside when a coordinator removes it, listed apart on the agenda', async () => {
      const { item: removed, withdrawn } = await planChanges().removeItem(world.as(world.secretary), item, meeting);
      expect([removed.status, withdrawn]).toEqual(['avvisad', false]);
      const view = buildAgendaView(meeting, await world.store.items.listByMeeting(meeting.id));
      expect(view.sections).toEqual([]);
      expect(view.setAside.map((i) => i.title)).toEqual(['Skolskjuts']);
    });

    it('lets the submitter take their own item back before the deadline, and nobody else\'s', async () => {
      await rejects(planChanges().removeItem(world.as(world.orjan), item, meeting), 'notAllowedToRemove');
      world.clock.set('2026-12-03T11:00:01.000Z');
      await rejects(planChanges().removeItem(world.as(world.tove), item, meeting), 'withdrawAfterDeadline');
      world.clock.set('2026-12-03T10:59:00.000Z');
      expect((await planChanges().removeItem(world.as(world.tove), item, meeting)).withdrawn).toBe(true);
      expect(await world.store.items.get(item.id)).toBeUndefined();
    });
  });

  describe('numbers on the agenda', () => {
    it('finds items by the number the agenda shows, and says what is wrong with any other number', async () => {
      const decision = await world.services.agenda.editItem(world.as(world.tove), await world.services.agenda.addItem(meeting, world.tove, 'Budget'), meeting, [], { title: 'Budget', section: 'beslut' });
      await world.services.agenda.addNotice(meeting, world.orjan, 'Friskvård');
      const view = await world.services.agenda.agenda(meeting);
      expect(itemByNumber(view, 1).id).toBe(decision.id);
      expect(itemByNumber(view, 2).id).toBe(item.id);
      await rejects(Promise.reject(catchError(() => itemByNumber(view, 3))), 'numberIsNotices');
      const error = await rejects(Promise.reject(catchError(() => itemByNumber(view, 9))), 'noSuchItemNumber');
      expect(error.params).toEqual({ number: 9, max: 3 });
    });
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
