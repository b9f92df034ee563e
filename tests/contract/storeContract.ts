import type { AgendaItem, Meeting, Member } from '../../bot/src/domain/model';
import { VersionConflictError, type New, type Store } from '../../bot/src/domain/storage';
import { describeArchiveContract } from './archiveContract';
import { describeFeedbackContract } from './feedbackContract';
import { describeMinutesContract } from './minutesContract';
import { describeOutboxContract } from './outboxContract';
import type { StoreFactory } from './storeFactories';

/**
 * One contract, every store: what the domain relies on, asserted the same way
 * against SQLite, SharePoint through the Graph emulator and (opt-in) a real tenant.
 * Each test works in its own team, so a store can be shared within a suite and a
 * real site is never confused by earlier runs.
 */

let counter = 0;
const unique = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${crypto.randomUUID().slice(0, 8)}-${++counter}`;

function newMember(groupId: string, name: string, extra: Partial<Member> = {}): New<Member> {
  return { id: unique('m'), groupId, userId: unique('29:user'), aadObjectId: crypto.randomUUID(), name, initials: name.split(' ').map((p) => p[0]).join(''), role: 'ledamot', membership: 'LG', ...extra };
}

function newMeeting(groupId: string, startsAt: string, extra: Partial<Meeting> = {}): New<Meeting> {
  const end = new Date(Date.parse(startsAt) + 3 * 3600_000).toISOString();
  return { id: unique('meeting'), groupId, startsAt, endsAt: end, place: 'Jupiter + Teams', online: true, agendaDeadline: startsAt, status: 'planerat', createdAt: '2026-11-22T09:00:00.000Z', ...extra };
}

function newItem(meeting: Meeting, title: string, order: number, extra: Partial<AgendaItem> = {}): New<AgendaItem> {
  return {
    id: unique('item'), meetingId: meeting.id, groupId: meeting.groupId, section: 'information', title, presenters: [{ name: 'Åsa Öberg', initials: 'ÅÖ', memberId: 'm1' }],
    minutes: 20, description: 'Underlag för beslut om förskolans lokaler.', link: 'https://skolor.sharepoint.com/sites/lg/Delade%20dokument/underlag.docx',
    submittedByMemberId: 'm1', submittedByName: 'Åsa Öberg', submittedAt: new Date(1_790_000_000_000 + order).toISOString(), late: false, status: 'anmald', order, ...extra,
  };
}

export function runStoreContract(factory: StoreFactory): void {
  describe(`${factory.name} store`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await factory.open();
    }, 60000);
    afterAll(async () => {
      await store.close();
      await factory.dispose();
    });

    /** A stored group, as every member and meeting belongs to one. */
    const group = async (): Promise<string> => {
      const teamId = unique('19:team');
      await store.groups.createIfAbsent({ id: teamId, teamId, name: 'Ledningsgruppen', createdAt: '2026-11-22T09:00:00.000Z', language: 'sv' });
      return teamId;
    };

    describe('groups', () => {
      it('creates a team\'s group once and finds it by team and by id', async () => {
        const teamId = unique('19:team');
        expect(await store.groups.get(teamId)).toBeUndefined();
        expect(await store.groups.getByTeamId(teamId)).toBeUndefined();
        const first = await store.groups.createIfAbsent({ id: teamId, teamId, name: 'Ledningsgruppen Söder', createdAt: '2026-11-22T09:00:00.000Z', language: 'sv' });
        const second = await store.groups.createIfAbsent({ id: teamId, teamId, name: 'Ett annat namn', createdAt: '2026-11-23T09:00:00.000Z', language: 'sv' });
        expect(first.created).toBe(true);
        expect(second).toEqual({ group: first.group, created: false });
        expect(await store.groups.getByTeamId(teamId)).toEqual(first.group);
        expect(await store.groups.get(teamId)).toEqual(first.group);
        expect(await store.groups.getByTeamId(unique('19:none'))).toBeUndefined();
      });

      it('lets only one of two simultaneous creators create the group', async () => {
        const teamId = unique('19:race');
        const results = await Promise.all([1, 2, 3].map((n) => store.groups.createIfAbsent({ id: teamId, teamId, name: `Grupp ${n}`, createdAt: '2026-11-22T09:00:00.000Z', language: 'sv' })));
        expect(results.filter((r) => r.created)).toHaveLength(1);
        expect(new Set(results.map((r) => r.group.name)).size).toBe(1);
      });
    });

    describe('members', () => {
      it('stores members with Swedish names and finds them by person and group', async () => {
        const groupId = await group();
        const otherGroup = await group();
        const karin = await store.members.add(newMember(groupId, 'Karin Gäverth Ström', { role: 'sekreterare' }));
        await store.members.add(newMember(groupId, 'Örjan Åkesson'));
        await store.members.add({ ...newMember(otherGroup, 'Karin Gäverth Ström'), userId: karin.userId, aadObjectId: karin.aadObjectId });

        expect((await store.members.listByGroup(groupId)).map((m) => m.name)).toEqual(['Karin Gäverth Ström', 'Örjan Åkesson']);
        expect(await store.members.findByUser(groupId, karin.userId)).toEqual(karin);
        expect((await store.members.listByPerson(karin.userId)).map((m) => m.groupId).sort()).toEqual([groupId, otherGroup].sort());
        expect((await store.members.listByPerson('29:unknown', karin.aadObjectId)).length).toBe(2);
        expect(await store.members.findByUser(unique('g'), karin.userId)).toBeUndefined();
      });

      it('updates a member only from the version it read', async () => {
        const member = await store.members.add(newMember(await group(), 'Tove Kvist'));
        const updated = await store.members.update({ ...member, role: 'ordforande' });
        expect(updated.version).not.toBe(member.version);
        expect((await store.members.findByUser(member.groupId, member.userId))?.role).toBe('ordforande');
        await expect(store.members.update({ ...member, role: 'sekreterare' })).rejects.toBeInstanceOf(VersionConflictError);
        expect((await store.members.findByUser(member.groupId, member.userId))?.role).toBe('ordforande');
      });
    });

    describe('meetings', () => {
      it('lists a group\'s meetings in time order and the upcoming ones', async () => {
        const groupId = await group();
        const later = await store.meetings.add(newMeeting(groupId, '2027-01-12T12:00:00.000Z'));
        const past = await store.meetings.add(newMeeting(groupId, '2026-10-06T11:00:00.000Z'));
        const next = await store.meetings.add(newMeeting(groupId, '2026-12-08T12:00:00.000Z', { online: false, place: 'Marina Plaza' }));
        await store.meetings.add(newMeeting(await group(), '2026-12-08T12:00:00.000Z'));

        expect((await store.meetings.listByGroup(groupId)).map((m) => m.id)).toEqual([past.id, next.id, later.id]);
        expect((await store.meetings.listUpcoming(groupId, '2026-11-22T09:00:00.000Z')).map((m) => m.id)).toEqual([next.id, later.id]);
        expect(await store.meetings.get(next.id)).toEqual(next);
        expect(await store.meetings.get(unique('none'))).toBeUndefined();
      });

      it('refuses an update from a stale version', async () => {
        const meeting = await store.meetings.add(newMeeting(await group(), '2026-12-15T12:00:00.000Z'));
        const moved = await store.meetings.update({ ...meeting, agendaDeadline: '2026-12-10T11:00:00.000Z' });
        expect((await store.meetings.get(meeting.id))?.agendaDeadline).toBe('2026-12-10T11:00:00.000Z');
        await expect(store.meetings.update({ ...meeting, status: 'installt' })).rejects.toBeInstanceOf(VersionConflictError);
        expect(await store.meetings.get(meeting.id)).toEqual(moved);
      });
    });

    describe('agenda items', () => {
      let meeting: Meeting;
      beforeAll(async () => {
        meeting = await store.meetings.add(newMeeting(await group(), '2026-12-08T12:00:00.000Z'));
      });

      it('keeps every field, in agenda order', async () => {
        const second = await store.items.add(newItem(meeting, 'Budget 2027 – förskolan', 2));
        const first = await store.items.add(newItem(meeting, 'Inledning 😊', 1, { section: 'fast', minutes: undefined, description: undefined, link: undefined, presenters: [], late: true }));
        const notice = await store.items.add(newItem(meeting, 'Glöm inte friskvårdstimmen.', 3, { section: 'kortkort', description: 'x'.repeat(4000) }));
        const listed = await store.items.listByMeeting(meeting.id);
        expect(listed.map((i) => i.id)).toEqual([first.id, second.id, notice.id]);
        expect(listed[0]).toEqual(first);
        expect(listed[1]).toEqual(second);
        expect(listed[2]!.description).toHaveLength(4000);
        expect(await store.items.get(second.id)).toEqual(second);
      });

      it('clears optional fields on update and bumps the version', async () => {
        const item = await store.items.add(newItem(meeting, 'Lokalfrågan', 10));
        const updated = await store.items.update({ ...item, minutes: undefined, link: undefined, section: 'beslut', status: 'godkand' });
        const stored = await store.items.get(item.id);
        expect(stored).toEqual(updated);
        expect(stored?.minutes).toBeUndefined();
        expect(stored?.link).toBeUndefined();
        expect(stored?.section).toBe('beslut');
      });

      it('detects a concurrent edit and a removed item', async () => {
        const item = await store.items.add(newItem(meeting, 'Skolskjuts', 11));
        await store.items.update({ ...item, minutes: 30 });
        await expect(store.items.update({ ...item, minutes: 45 })).rejects.toBeInstanceOf(VersionConflictError);
        const fresh = (await store.items.get(item.id))!;
        await store.items.remove(item.id);
        expect(await store.items.get(item.id)).toBeUndefined();
        await expect(store.items.update({ ...fresh, minutes: 10 })).rejects.toBeInstanceOf(VersionConflictError);
        await expect(store.items.remove(item.id)).resolves.toBeUndefined();
      });

      it('stores many items added at once, each exactly once', async () => {
        const other = await store.meetings.add(newMeeting(await group(), '2026-12-08T12:00:00.000Z'));
        const added = await Promise.all(Array.from({ length: 25 }, (_, n) => store.items.add(newItem(other, `Punkt ${n + 1}`, n + 1))));
        const listed = await store.items.listByMeeting(other.id);
        expect(listed.map((i) => i.id)).toEqual(added.map((i) => i.id));
      });
    });

    describe('conversations', () => {
      const reference = (conversationId: string) => ({ serviceUrl: 'https://smba.trafficmanager.net/emea/', conversation: { id: conversationId }, bot: { id: '28:bot' } });

      it('saves a reference, keeps its group and greeting when saved again', async () => {
        const id = unique('19:channel');
        const groupId = await group();
        const saved = await store.conversations.save({ conversationId: id, scope: 'team', groupId, reference: reference(id), installedByUserId: '29:sara', updatedAt: '2026-11-22T09:00:00.000Z' });
        expect(saved.greetedAt).toBeUndefined();
        expect(await store.conversations.claimGreeting(id, '2026-11-22T09:00:01.000Z')).toBe(true);
        const again = await store.conversations.save({ conversationId: id, scope: 'team', reference: reference(id), updatedAt: '2026-11-23T09:00:00.000Z' });
        expect(again.groupId).toBe(groupId);
        expect(again.greetedAt).toBe('2026-11-22T09:00:01.000Z');
        expect(await store.conversations.get(id)).toMatchObject({ groupId, greetedAt: '2026-11-22T09:00:01.000Z', updatedAt: '2026-11-23T09:00:00.000Z', reference: reference(id) });
        expect((await store.conversations.listByGroup(groupId)).map((c) => c.conversationId)).toEqual([id]);
      });

      it('grants the greeting to exactly one of many simultaneous claims', async () => {
        const id = unique('a:personal');
        await store.conversations.save({ conversationId: id, scope: 'personal', reference: reference(id), updatedAt: '2026-11-22T09:00:00.000Z' });
        const claims = await Promise.all(Array.from({ length: 5 }, () => store.conversations.claimGreeting(id, '2026-11-22T09:00:02.000Z')));
        expect(claims.filter(Boolean)).toHaveLength(1);
        expect(await store.conversations.claimGreeting(unique('a:none'), '2026-11-22T09:00:02.000Z')).toBe(false);
      });
    });

    describeOutboxContract(() => store, group);
    describeFeedbackContract(() => store, group);
    describeMinutesContract(() => store, group);
    describeArchiveContract(() => store, group);
  });
}
