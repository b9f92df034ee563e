import { checkJoinLink } from '../../../bot/src/domain/validation';
import { DomainError } from '../../../bot/src/domain/errors';
import { createWorld, meetingFixture, rejects, type World } from './fixtures';

describe('the link to join a meeting', () => {
  it.each([
    'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d',
    'https://teams.live.com/meet/9876543210',
    'https://zoom.example.org/j/123',
  ])('accepts %s', (link) => {
    expect(checkJoinLink(`  ${link} `)).toBe(link);
  });

  it.each([
    ['plain http', 'http://teams.microsoft.com/l/meetup-join/x'],
    ['a script', 'javascript:alert(1)'],
    ['an e-mail address', 'mailto:lg@example.org'],
    ['a name and password in it', 'https://lg:hemligt@teams.microsoft.com/x'],
    ['a host without a domain', 'https://intranet/meeting'],
    ['a word', 'Teams'],
    ['nothing', ''],
    ['something very long', `https://teams.microsoft.com/${'x'.repeat(2100)}`],
  ])('refuses %s', (_label, link) => {
    const result = checkJoinLink(link);
    expect(result).toBeInstanceOf(DomainError);
    expect((result as DomainError).code).toBe('joinLinkInvalid');
    expect(String((result as DomainError).params.value).length).toBeLessThanOrEqual(80);
  });
});

describe('confirming the agenda', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.store.close());

  it('is for the chair or the secretary, for a planned meeting that has not started', async () => {
    await rejects(world.services.meetings.confirmAgenda(world.as(world.secretary)), 'noMeetingToConfirm');
    await world.store.meetings.add(meetingFixture());
    await rejects(world.services.meetings.confirmAgenda(world.as(world.tove)), 'notCoordinator');
    const confirmed = await world.services.meetings.confirmAgenda(world.as(world.chair));
    expect(confirmed.agendaConfirmedAt).toBe('2026-11-22T09:00:00.000Z');
  });

  it('marks items added afterwards as late, even before the deadline', async () => {
    const meeting = await world.store.meetings.add(meetingFixture());
    const before = await world.services.agenda.addItem(meeting, world.tove, 'Före fastställandet');
    const confirmed = await world.services.meetings.confirmAgenda(world.as(world.secretary));
    const after = await world.services.agenda.addItem(confirmed, world.tove, 'Efter fastställandet');
    expect([before.late, after.late]).toEqual([false, true]);
  });

  it('keeps a link only a chair or secretary set, checked before anything is stored', async () => {
    const meeting = await world.store.meetings.add(meetingFixture());
    await rejects(world.services.meetings.setJoinLink(world.as(world.orjan), meeting, 'https://teams.microsoft.com/l/x'), 'notCoordinator');
    await rejects(world.services.meetings.setJoinLink(world.as(world.chair), meeting, 'ftp://teams.microsoft.com/l/x'), 'joinLinkInvalid');
    expect((await world.store.meetings.get(meeting.id))?.joinLink).toBeUndefined();
    await world.services.meetings.setJoinLink(world.as(world.chair), meeting, 'https://teams.microsoft.com/l/x');
    expect((await world.store.meetings.get(meeting.id))?.joinLink).toBe('https://teams.microsoft.com/l/x');
  });
});
