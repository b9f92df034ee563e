import type { FollowUp, ItemMinutes, Minutes, MinutesAction, MinutesVersion } from '../../bot/src/domain/minutes/model';
import type { Meeting } from '../../bot/src/domain/model';
import { VersionConflictError, type New, type Store } from '../../bot/src/domain/storage';

/**
 * What the minutes rely on, on every store: one minutes record per meeting created
 * once, item minutes and actions updated only from the version read, actions and
 * follow-ups added once per id, versions stored once per number and never changed,
 * and the indexed look-ups the personal tab, the scheduler and the coming archive use.
 * Part of the store contract; each test works in its own group and meeting.
 */
let counter = 0;
const unique = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${crypto.randomUUID().slice(0, 8)}-${++counter}`;
const SARA = { memberId: 'm-sara', name: 'Sara Lindqvist' };

function newMinutes(meeting: Meeting, extra: Partial<Minutes> = {}): New<Minutes> {
  return {
    meetingId: meeting.id, groupId: meeting.groupId, state: 'draft', publishedVersion: 0, createdAt: '2026-11-10T12:00:00.000Z', updatedAt: '2026-11-10T12:00:00.000Z', updatedBy: SARA,
    attendance: [
      { memberId: 'm-sara', name: 'Sara Lindqvist', group: 'LG', presence: 'present' },
      { name: 'Göran Ödman', group: 'extra', presence: 'partTime', part: '13–15.00' },
      { memberId: 'm-karin', name: 'Karin Holmgren', group: 'SG', presence: 'remote' },
      { memberId: 'm-tove', name: 'Tove Lund', group: 'LG', presence: 'absent' },
    ],
    takenBy: SARA,
    ...extra,
  };
}

function newItemMinutes(meeting: Meeting, itemId: string, extra: Partial<ItemMinutes> = {}): New<ItemMinutes> {
  return {
    itemId, meetingId: meeting.id, groupId: meeting.groupId, notes: ['Förslaget presenterades.', 'Gruppen diskuterade – "tydligare" formuleringar 😊\nEn rad till.'],
    decisions: ['Ledningsgruppen godkände förslaget.'], links: [{ url: 'https://skolor.sharepoint.com/sites/lg/Delade%20dokument/rutin.docx', title: 'Rutinen' }],
    updatedAt: '2026-11-10T13:30:00.000Z', updatedBy: SARA, ...extra,
  };
}

function newAction(meeting: Meeting, extra: Partial<MinutesAction> = {}): New<MinutesAction> {
  return {
    id: unique('action'), groupId: meeting.groupId, meetingId: meeting.id, itemId: 'item-1', what: 'Sammanställa kommentarerna och skicka dem vidare.',
    owner: { memberId: 'm-karin', name: 'Karin Holmgren' }, due: '2026-11-24', done: false, createdAt: '2026-11-10T13:40:00.000Z', createdBy: SARA,
    updatedAt: '2026-11-10T13:40:00.000Z', ...extra,
  };
}

function newVersion(meeting: Meeting, number: number, extra: Partial<MinutesVersion> = {}): MinutesVersion {
  return {
    meetingId: meeting.id, groupId: meeting.groupId, number, publishedAt: `2026-11-1${number}T09:00:00.000Z`, publishedBy: SARA,
    snapshot: {
      groupName: 'Ledningsgruppen', meeting: { startsAt: meeting.startsAt, endsAt: meeting.endsAt, place: meeting.place }, attendance: newMinutes(meeting).attendance, takenBy: SARA,
      parts: [{ kind: 'section', section: 'beslut', items: [{ itemId: 'item-1', number: 1, section: 'beslut', title: 'Rutin', presenters: [], notes: ['Text.'], decisions: ['Godkänd.'], links: [], followUps: [], actions: [] }] }],
    },
    ...extra,
  };
}

export function describeMinutesContract(store: () => Store, group: () => Promise<string>): void {
  const meeting = async (groupId?: string): Promise<Meeting> => {
    const id = groupId ?? (await group());
    return store().meetings.add({
      id: unique('meeting'), groupId: id, startsAt: '2026-11-10T12:00:00.000Z', endsAt: '2026-11-10T15:00:00.000Z', place: 'Jupiter + Teams', online: true,
      agendaDeadline: '2026-11-05T11:00:00.000Z', status: 'planerat', createdAt: '2026-10-20T09:00:00.000Z',
    });
  };

  describe('minutes', () => {
    it('creates a meeting\'s minutes once, keeps every field, and updates only from the version read', async () => {
      const held = await meeting();
      const results = await Promise.all([1, 2].map((n) => store().minutes.createIfAbsent(newMinutes(held, { updatedBy: { name: `Skrivare ${n}` } }))));
      expect(results.filter((r) => r.created)).toHaveLength(1);
      const [first] = results;
      expect(await store().minutes.get(held.id)).toEqual(first!.minutes);
      expect(first!.minutes.attendance).toEqual(newMinutes(held).attendance);
      const published = await store().minutes.update({ ...first!.minutes, state: 'published', publishedVersion: 1 });
      expect(published.version).not.toBe(first!.minutes.version);
      await expect(store().minutes.update({ ...first!.minutes, takenBy: undefined })).rejects.toBeInstanceOf(VersionConflictError);
      const correcting = await store().minutes.update({ ...published, state: 'correcting', correctionReason: 'Fel datum i punkt 2.', takenBy: undefined });
      expect(await store().minutes.get(held.id)).toEqual(correcting);
      expect((await store().minutes.get(held.id))!.takenBy).toBeUndefined();
      expect(await store().minutes.get(unique('none'))).toBeUndefined();
      expect(await store().minutes.listByGroup(held.groupId)).toEqual([correcting]);
    });

    it('saves an item\'s minutes first once, then from the version read, and lists them by meeting and by group', async () => {
      const groupId = await group();
      const held = await meeting(groupId);
      const other = await meeting(groupId);
      const first = await store().itemMinutes.create(newItemMinutes(held, 'item-a'));
      await expect(store().itemMinutes.create(newItemMinutes(held, 'item-a', { notes: ['Någon annans text.'] }))).rejects.toBeInstanceOf(VersionConflictError);
      expect(await store().itemMinutes.get('item-a')).toEqual(first);
      const changed = await store().itemMinutes.update({ ...first, notes: ['Ny text.'], decisions: [], links: [] });
      await expect(store().itemMinutes.update({ ...first, notes: ['Gammal bas.'] })).rejects.toBeInstanceOf(VersionConflictError);
      expect(await store().itemMinutes.get('item-a')).toEqual(changed);
      await store().itemMinutes.create(newItemMinutes(other, 'item-b'));
      expect((await store().itemMinutes.listByMeeting(held.id)).map((i) => i.itemId)).toEqual(['item-a']);
      expect((await store().itemMinutes.listByGroup(groupId)).map((i) => i.itemId).sort()).toEqual(['item-a', 'item-b']);
    });

    it('keeps 20,000 characters of notes per item', async () => {
      const held = await meeting();
      const long = `${'Å'.repeat(9999)}"\n${'ö'.repeat(10000)}`;
      await store().itemMinutes.create(newItemMinutes(held, `long-${held.id}`, { notes: [long] }));
      expect((await store().itemMinutes.get(`long-${held.id}`))!.notes).toEqual([long]);
    });
  });

  describe('actions', () => {
    it('adds an action once per id, updates it from the version read and removes it', async () => {
      const held = await meeting();
      const action = newAction(held);
      const added = await Promise.all([store().actions.add(action), store().actions.add(action)]);
      expect(added[0]).toEqual(added[1]);
      expect(await store().actions.listByMeeting(held.id)).toEqual([added[0]]);
      const done = await store().actions.update({ ...added[0]!, done: true, due: undefined });
      await expect(store().actions.update({ ...added[0]!, what: 'Något annat' })).rejects.toBeInstanceOf(VersionConflictError);
      expect(await store().actions.get(action.id)).toEqual(done);
      expect((await store().actions.get(action.id))!.due).toBeUndefined();
      await store().actions.remove(action.id);
      expect(await store().actions.get(action.id)).toBeUndefined();
      await expect(store().actions.remove(action.id)).resolves.toBeUndefined();
    });

    it('finds actions by owner, by group and by the day they fall due', async () => {
      const groupId = await group();
      const held = await meeting(groupId);
      const owner = unique('m-owner');
      const mine = await store().actions.add(newAction(held, { owner: { memberId: owner, name: 'Ägaren' }, due: '2031-03-03' }));
      const named = await store().actions.add(newAction(held, { owner: { name: 'Extern konsult' }, due: '2031-03-04', createdAt: '2026-11-10T13:41:00.000Z' }));
      const undated = await store().actions.add(newAction(held, { owner: { memberId: owner, name: 'Ägaren' }, due: undefined, createdAt: '2026-11-10T13:42:00.000Z' }));
      expect((await store().actions.listByOwner(owner)).map((a) => a.id)).toEqual([mine.id, undated.id]);
      expect((await store().actions.listByGroup(groupId)).map((a) => a.id)).toEqual([mine.id, named.id, undated.id]);
      expect(named.owner).toEqual({ name: 'Extern konsult' });
      const due = (await store().actions.listDueBetween('2031-03-03', '2031-03-04')).filter((a) => a.groupId === groupId);
      expect(due.map((a) => a.id)).toEqual([mine.id]);
    });
  });

  describe('follow-ups', () => {
    it('adds a follow-up once per id, lists it by meeting and group, and removes it', async () => {
      const groupId = await group();
      const held = await meeting(groupId);
      const followUp: New<FollowUp> = {
        id: unique('follow-up'), groupId, meetingId: held.id, itemId: 'item-1', targetMeetingId: 'meeting-later', agendaItemId: 'item-later', createdAt: '2026-11-10T13:45:00.000Z', createdBy: SARA,
      };
      const [a, b] = await Promise.all([store().followUps.add(followUp), store().followUps.add(followUp)]);
      expect(a).toEqual(b);
      expect(await store().followUps.listByMeeting(held.id)).toEqual([a]);
      expect(await store().followUps.listByGroup(groupId)).toEqual([a]);
      expect(await store().followUps.get(followUp.id)).toEqual(a);
      await store().followUps.remove(followUp.id);
      expect(await store().followUps.listByMeeting(held.id)).toEqual([]);
    });
  });

  describe('published versions', () => {
    it('stores each version number of a meeting once and lists them in order, by meeting, group and publication time', async () => {
      const groupId = await group();
      const held = await meeting(groupId);
      const first = await store().minutesVersions.add(newVersion(held, 1));
      await expect(store().minutesVersions.add(newVersion(held, 1, { publishedBy: { name: 'Någon annan' } }))).rejects.toBeInstanceOf(VersionConflictError);
      const second = await store().minutesVersions.add(newVersion(held, 2, { reason: 'Beslutet i punkt 1 var felskrivet.' }));
      expect(await store().minutesVersions.listByMeeting(held.id)).toEqual([first, second]);
      expect(await store().minutesVersions.get(held.id, 1)).toEqual(first);
      expect(await store().minutesVersions.get(held.id, 3)).toBeUndefined();
      expect((await store().minutesVersions.listByGroup(groupId)).map((v) => v.number)).toEqual([1, 2]);
      const window = (await store().minutesVersions.listPublishedBetween('2026-11-12T00:00:00.000Z', '2026-11-13T00:00:00.000Z')).filter((v) => v.meetingId === held.id);
      expect(window.map((v) => v.number)).toEqual([2]);
    });

    it('keeps a version of several hundred thousand characters whole, letters outside the basic plane included', async () => {
      const held = await meeting();
      const notes = Array.from({ length: 15 }, (_, n) => `${n} ${'😊'.repeat(9_990)}`);
      const big = newVersion(held, 1);
      big.snapshot.parts = [{ kind: 'fixed', items: notes.map((note, n) => ({ itemId: `item-${n}`, number: n + 1, section: 'fast', title: `Punkt ${n + 1}`, presenters: [], notes: [note], decisions: [], links: [], followUps: [], actions: [] })) }];
      expect(JSON.stringify(big.snapshot).length).toBeGreaterThan(300_000);
      await store().minutesVersions.add(big);
      expect(await store().minutesVersions.get(held.id, 1)).toEqual(big);
    });
  });
}
