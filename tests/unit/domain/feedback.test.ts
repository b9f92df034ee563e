import { feedbackState, inAudience, reminderDue, tallyOf, type FeedbackRequest } from '../../../bot/src/domain/feedback';
import type { FeedbackFormText } from '../../../bot/src/domain/feedbackForms';
import type { Member } from '../../../bot/src/domain/model';
import { addMember, createWorld, itemFixture, meetingFixture, rejects, type World } from './fixtures';

/**
 * Asking and answering in the domain, on a real SQLite store: who is asked, when a
 * request closes, one answer per person however often it arrives, a changed answer
 * keeping when it was first given, and what the minutes read back.
 */
describe('feedback in the domain', () => {
  let world: World;
  let steering: Member;
  let guest: Member;
  beforeEach(async () => {
    world = await createWorld();
    steering = await world.store.members.add({ id: 'sven', groupId: world.group.id, userId: '29:sven', name: 'Sven Styr', initials: 'SS', role: 'ledamot', membership: 'SG' });
    guest = await world.store.members.add({ id: 'elsa', groupId: world.group.id, userId: '29:elsa', name: 'Elsa Rektor', initials: 'ER', role: 'ledamot', membership: 'gast' });
    await world.store.meetings.add(meetingFixture());
    await world.store.meetings.add(meetingFixture({ id: 'meeting-2027-01-12', startsAt: '2027-01-12T12:00:00.000Z', endsAt: '2027-01-12T15:00:00.000Z' }));
  });
  afterEach(() => world.store.close());

  const members = () => world.store.members.listByGroup(world.group.id);
  const form = (fields: Partial<FeedbackFormText> = {}): FeedbackFormText => ({
    question: 'Synpunkter på utkastet till skolplan', description: '', link: '', kind: 'yesNo', choices: '', deadlineDate: '2026-11-26', deadlineTime: '12:00',
    reminderHours: '', owner: '', audience: 'LG', named: '', itemId: '', ...fields,
  });
  const create = async (fields: Partial<FeedbackFormText> = {}, by: Member = world.secretary): Promise<FeedbackRequest> =>
    world.services.feedback.create(world.as(by), form(fields), { members: await members(), next: meetingFixture() });

  it('keeps a request with the next meeting, owned by the asker, with the deadline in Stockholm time and a 24-hour reminder', async () => {
    const request = await create();
    expect(request).toMatchObject({
      groupId: world.group.id, meetingId: 'meeting-2026-12-08', ownerMemberId: 'maja', ownerUserId: '29:maja', ownerName: 'Maja Berg Holm', createdByMemberId: 'maja',
      deadline: '2026-11-26T11:00:00.000Z', reminderHours: 24, audience: 'LG', namedMemberIds: [], choices: [],
    });
    expect(reminderDue(request).toISOString()).toBe('2026-11-25T11:00:00.000Z');
    expect(await world.store.feedbackRequests.get(request.id)).toEqual(request);
  });

  it('keeps a request about an item with the item and its meeting', async () => {
    const item = await world.store.items.add(itemFixture({ id: 'item-budget', title: 'Budget 2027', meetingId: 'meeting-2027-01-12' }));
    const request = await world.services.feedback.create(world.as(world.tove), form({ itemId: item.id, owner: 'ingrid' }), { members: await members(), item, next: meetingFixture() });
    expect(request).toMatchObject({ itemId: 'item-budget', itemTitle: 'Budget 2027', meetingId: 'meeting-2027-01-12', ownerName: 'Ingrid Falk', createdByMemberId: 'tove' });
    const other = { ...item, groupId: 'another-group' };
    await rejects(world.services.feedback.create(world.as(world.tove), form({ itemId: item.id }), { members: await members(), item: other }), 'feedbackItemInvalid');
  });

  it('refuses guests who ask', async () => {
    await rejects(create({}, guest), 'guestNotAllowed');
    expect(await world.store.feedbackRequests.listUnsettled()).toEqual([]);
  });

  it.each([
    ['LG', ['Ingrid Falk', 'Maja Berg Holm', 'Tove Kvist', 'Örjan Åkesson']],
    ['LGSG', ['Ingrid Falk', 'Maja Berg Holm', 'Sven Styr', 'Tove Kvist', 'Örjan Åkesson']],
  ])('asks %s, never a guest', async (audience, asked) => {
    const request = await create({ audience });
    expect((await members()).filter((m) => inAudience(request, m)).map((m) => m.name).sort()).toEqual(asked);
  });

  it('asks named members only, and never a guest even when named', async () => {
    const request = await create({ audience: 'named', named: 'tove,sven' });
    expect((await members()).filter((m) => inAudience(request, m)).map((m) => m.name)).toEqual(['Sven Styr', 'Tove Kvist']);
    expect(inAudience({ ...request, namedMemberIds: [guest.id] }, guest)).toBe(false);
    await rejects(create({ audience: 'named', named: 'tove,elsa' }).catch((e: { problems: unknown[] }) => Promise.reject(e.problems[0])), 'feedbackNamedInvalid');
  });

  it('is open until its deadline, closed from it, withdrawn whenever withdrawn', () => {
    const request = { deadline: '2026-11-26T11:00:00.000Z' };
    expect(feedbackState(request, new Date('2026-11-26T10:59:59.999Z'))).toBe('open');
    expect(feedbackState(request, new Date('2026-11-26T11:00:00.000Z'))).toBe('closed');
    expect(feedbackState({ ...request, withdrawnAt: '2026-11-23T08:00:00.000Z' }, new Date('2026-11-22T08:00:00.000Z'))).toBe('withdrawn');
  });

  describe('answers', () => {
    let request: FeedbackRequest;
    beforeEach(async () => {
      request = await create();
    });
    const answer = (member: Member, choice: string, comment = '') => world.services.feedback.answer(world.as(member), request, undefined, { choice, comment });

    it('stores one answer per person, however many copies arrive at once', async () => {
      const copies = await Promise.all([1, 2, 3].map(() => answer(world.tove, 'ja', 'Passar bra.')));
      expect(copies.filter((c) => c.changed)).toHaveLength(1);
      expect(new Set(copies.map((c) => c.answer.id)).size).toBe(1);
      expect(await world.store.feedbackAnswers.listByRequest(request.id)).toHaveLength(1);
    });

    it('writes nothing for the same answer again, and replaces a changed one keeping when it was first given', async () => {
      const first = await answer(world.tove, 'ja', 'Passar bra.');
      world.clock.set('2026-11-23T08:30:00.000Z');
      const same = await world.services.feedback.answer(world.as(world.tove), request, first.answer, { choice: 'ja', comment: 'Passar bra.' });
      expect(same).toEqual({ answer: first.answer, changed: false });
      const changed = await world.services.feedback.answer(world.as(world.tove), request, first.answer, { choice: 'nej', comment: 'Krockar med skolforum.' });
      expect(changed.answer).toMatchObject({ choice: 'nej', comment: 'Krockar med skolforum.', answeredAt: '2026-11-22T09:00:00.000Z', changedAt: '2026-11-23T08:30:00.000Z' });
      // A copy of the first answer read before the change finds the change and replaces it from there.
      const again = await world.services.feedback.answer(world.as(world.tove), request, first.answer, { choice: 'ja', comment: '' });
      expect(again.answer).toMatchObject({ choice: 'ja', answeredAt: '2026-11-22T09:00:00.000Z' });
      expect((await world.store.feedbackAnswers.find(request.id, world.tove.userId))?.comment).toBeUndefined();
    });

    it('refuses whoever is not asked, and everyone once the deadline has passed or the request is withdrawn', async () => {
      await rejects(answer(steering, 'ja'), 'feedbackNotAsked');
      world.clock.set('2026-11-26T11:00:00.000Z');
      await rejects(answer(world.tove, 'ja'), 'feedbackClosed');
      world.clock.set('2026-11-22T09:00:00.000Z');
      const withdrawn = await world.services.feedback.withdraw(world.as(world.chair), request);
      await rejects(world.services.feedback.answer(world.as(world.tove), withdrawn, undefined, { choice: 'ja', comment: '' }), 'feedbackWithdrawn');
      expect(await world.store.feedbackAnswers.listByRequest(request.id)).toEqual([]);
    });

    it('lets only the owner, the chair or the secretary withdraw a request', async () => {
      await rejects(world.services.feedback.withdraw(world.as(world.tove), request), 'feedbackNotOwner');
      const withdrawn = await world.services.feedback.withdraw(world.as(world.chair), request);
      expect(withdrawn).toMatchObject({ withdrawnAt: '2026-11-22T09:00:00.000Z', withdrawnByName: 'Ingrid Falk' });
    });

    it('adds up answers by person and option, and names who did not answer', async () => {
      await answer(world.tove, 'ja', 'Passar bra.');
      await answer(world.orjan, 'nej');
      await answer(world.chair, 'ja');
      const tally = await world.services.feedback.tally(request);
      expect(tally).toMatchObject({ answered: 3, asked: 4, perOption: [{ option: 'ja', count: 2 }, { option: 'nej', count: 1 }] });
      expect(tally.answers.map((a) => a.name)).toEqual(['Ingrid Falk', 'Tove Kvist', 'Örjan Åkesson']);
      expect(tally.notAnswered.map((m) => m.name)).toEqual(['Maja Berg Holm']);
    });

    it('gives the minutes a meeting\'s requests and an item\'s, with what they add up to', async () => {
      const item = await world.store.items.add(itemFixture({ id: 'item-lokaler', title: 'Lokalförsörjning' }));
      const aboutItem = await world.services.feedback.create(world.as(world.tove), form({ itemId: item.id, kind: 'text' }), { members: await members(), item });
      await world.services.feedback.answer(world.as(world.orjan), aboutItem, undefined, { choice: '', comment: 'Söder behöver fler lokaler.' });
      await answer(world.tove, 'ja');
      const meeting = await world.services.feedback.forMeeting('meeting-2026-12-08');
      expect(meeting.map((s) => [s.request.question, s.tally.answered])).toEqual([['Synpunkter på utkastet till skolplan', 1], ['Synpunkter på utkastet till skolplan', 1]]);
      const forItem = await world.services.feedback.forItem(item);
      expect(forItem.map((s) => [s.request.itemTitle, s.tally.answers.map((a) => a.comment)])).toEqual([['Lokalförsörjning', ['Söder behöver fler lokaler.']]]);
      world.clock.set('2026-11-26T11:00:00.000Z');
      expect(await world.services.feedback.openForMeeting('meeting-2026-12-08')).toEqual([]);
      expect(await world.services.feedback.forMeeting('meeting-2026-12-08')).toHaveLength(2);
    });
  });

  it('counts only those asked in "x av y", while listing every answer', () => {
    const request = { audience: 'named', namedMemberIds: ['tove'], kind: 'text', choices: [] } as unknown as FeedbackRequest;
    const answer = (memberId: string, name: string) => ({ id: memberId, requestId: 'r', groupId: 'g', memberId, userId: `29:${memberId}`, name, comment: 'x', answeredAt: '', changedAt: '', version: '1' });
    const tally = tallyOf(request, [world.tove, world.orjan], [answer('tove', 'Tove Kvist'), answer('orjan', 'Örjan Åkesson')]);
    expect([tally.answered, tally.asked, tally.answers.length]).toEqual([1, 1, 2]);
  });

  it('finds the owner among a group\'s current members only', async () => {
    const left = await addMember(world.store, world.group, 'gone', 'Gunnar Gått', 'GG');
    await world.store.members.update({ ...left, leftAt: '2026-11-01T00:00:00.000Z' });
    const error = await create({ owner: 'gone' }).catch((e: { problems: { code: string }[] }) => e.problems.map((p) => p.code));
    expect(error).toEqual(['feedbackOwnerInvalid']);
  });
});
