import type { FeedbackAnswer, FeedbackRequest } from '../../bot/src/domain/feedback';
import { VersionConflictError, type New, type Store } from '../../bot/src/domain/storage';

/**
 * What feedback relies on, on every store: requests kept with their meeting and found
 * by the scheduler until settled, and answers that are one per person and request
 * however many copies of an answer arrive at once, changed only from the version read.
 * Part of the store contract; each test works in its own group.
 */
let counter = 0;
const unique = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${crypto.randomUUID().slice(0, 8)}-${++counter}`;

function newRequest(groupId: string, extra: Partial<FeedbackRequest> = {}): New<FeedbackRequest> {
  return {
    id: crypto.randomUUID(), groupId, meetingId: unique('meeting'), itemId: unique('item'), itemTitle: 'Skolplan 2027–2030', question: 'Synpunkter på utkastet till skolplan',
    description: 'Läs utkastet och skriv vad du saknar.\nSärskilt avsnittet om elevhälsa.', link: 'https://skolor.sharepoint.com/sites/lg/Delade%20dokument/skolplan.docx',
    kind: 'choice', choices: ['Godkänn', 'Godkänn med ändringar', 'Arbeta om'], deadline: '2026-11-12T11:00:00.000Z', reminderHours: 24,
    ownerMemberId: 'm-owner', ownerUserId: '29:owner', ownerName: 'Åsa Öberg', audience: 'named', namedMemberIds: ['m1', 'm2'], createdByMemberId: 'm-owner',
    createdAt: '2026-11-02T09:00:00.000Z', ...extra,
  };
}

function newAnswer(request: FeedbackRequest, userId: string, extra: Partial<FeedbackAnswer> = {}): New<FeedbackAnswer> {
  return {
    id: crypto.randomUUID(), requestId: request.id, groupId: request.groupId, memberId: `m-${userId}`, userId, name: 'Örjan Åkesson', choice: 'Godkänn med ändringar',
    comment: 'Elevhälsan behöver ett eget mål.', answeredAt: '2026-11-03T08:00:00.000Z', changedAt: '2026-11-03T08:00:00.000Z', ...extra,
  };
}

export function describeFeedbackContract(store: () => Store, group: () => Promise<string>): void {
  describe('feedback requests', () => {
    it('keeps every field, finds the request by id and by meeting, and updates it only from the version read', async () => {
      const groupId = await group();
      const request = await store().feedbackRequests.add(newRequest(groupId));
      await store().feedbackRequests.add(newRequest(groupId, { meetingId: request.meetingId, createdAt: '2026-11-03T09:00:00.000Z', kind: 'text', choices: [], itemId: undefined, itemTitle: undefined }));
      expect(await store().feedbackRequests.get(request.id)).toEqual(request);
      expect((await store().feedbackRequests.listByMeeting(request.meetingId!)).map((r) => [r.question, r.kind])).toEqual([
        ['Synpunkter på utkastet till skolplan', 'choice'],
        ['Synpunkter på utkastet till skolplan', 'text'],
      ]);
      const withdrawn = await store().feedbackRequests.update({ ...request, withdrawnAt: '2026-11-04T09:00:00.000Z', withdrawnByName: 'Åsa Öberg' });
      await expect(store().feedbackRequests.update({ ...request, question: 'Ändrad' })).rejects.toBeInstanceOf(VersionConflictError);
      expect(await store().feedbackRequests.get(request.id)).toEqual(withdrawn);
      expect(await store().feedbackRequests.get(unique('none'))).toBeUndefined();
    });

    it('lists every group\'s requests until they are settled', async () => {
      const [a, b] = [await group(), await group()];
      const first = await store().feedbackRequests.add(newRequest(a));
      const second = await store().feedbackRequests.add(newRequest(b, { deadline: '2026-11-10T11:00:00.000Z' }));
      const mine = async () => (await store().feedbackRequests.listUnsettled()).filter((r) => r.groupId === a || r.groupId === b).map((r) => r.id);
      expect(await mine()).toEqual([second.id, first.id]);
      await store().feedbackRequests.update({ ...second, settledAt: '2026-11-10T11:01:00.000Z' });
      expect(await mine()).toEqual([first.id]);
    });
  });

  describe('feedback answers', () => {
    it('stores one answer per person and request, however many copies arrive at once', async () => {
      const request = await store().feedbackRequests.add(newRequest(await group()));
      const copies = await Promise.all([1, 2, 3].map((n) => store().feedbackAnswers.addIfAbsent(newAnswer(request, '29:orjan', { comment: `Kopia ${n}` }))));
      expect(copies.filter((c) => c.created)).toHaveLength(1);
      expect(new Set(copies.map((c) => c.answer.id)).size).toBe(1);
      await store().feedbackAnswers.addIfAbsent(newAnswer(request, '29:tove', { name: 'Tove Kvist', choice: 'Godkänn', comment: undefined }));
      const listed = await store().feedbackAnswers.listByRequest(request.id);
      expect(listed.map((a) => a.userId).sort()).toEqual(['29:orjan', '29:tove']);
      expect(await store().feedbackAnswers.find(request.id, '29:orjan')).toEqual(listed.find((a) => a.userId === '29:orjan'));
      expect(listed.find((a) => a.userId === '29:tove')?.comment).toBeUndefined();
      expect(await store().feedbackAnswers.find(request.id, '29:nobody')).toBeUndefined();
      expect(await store().feedbackAnswers.listByRequest(unique('none'))).toEqual([]);
    });

    it('changes an answer only from the version read, keeping when it was first given', async () => {
      const request = await store().feedbackRequests.add(newRequest(await group()));
      const { answer } = await store().feedbackAnswers.addIfAbsent(newAnswer(request, '29:orjan'));
      const changed = await store().feedbackAnswers.update({ ...answer, choice: 'Arbeta om', comment: 'x'.repeat(4000), changedAt: '2026-11-05T10:00:00.000Z' });
      await expect(store().feedbackAnswers.update({ ...answer, choice: 'Godkänn' })).rejects.toBeInstanceOf(VersionConflictError);
      const stored = await store().feedbackAnswers.find(request.id, '29:orjan');
      expect(stored).toEqual(changed);
      expect(stored).toMatchObject({ choice: 'Arbeta om', answeredAt: '2026-11-03T08:00:00.000Z', changedAt: '2026-11-05T10:00:00.000Z' });
      expect(stored!.comment).toHaveLength(4000);
    });
  });
}
