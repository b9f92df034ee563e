import { ActorResolver } from '../../../../bot/src/app/actors';
import { TabAccessDenied, tabQueries, type TabIdentity } from '../../../../bot/src/app/tab';
import type { AgendaPart } from '../../../../bot/src/contract/tabApi';
import type { Member } from '../../../../bot/src/domain/model';
import { createWorld, itemFixture, meetingFixture, type World } from '../../domain/fixtures';

const TENANT = 'tenant-norrby';
/** A part of the agenda as one line: its heading (or kind) and its numbered items. */
const partText = (part: AgendaPart): string =>
  part.kind === 'notices' ? `KORT, KORT ${part.number}: ${part.notices.map((n) => n.text).join(' | ')}` : `${part.kind === 'section' ? part.section : 'fast'}: ${part.items.map((i) => `${i.number}. ${i.title}`).join(' | ')}`;
const identityOf = (member: Member, tenantId = TENANT): TabIdentity => ({ aadObjectId: member.aadObjectId!, tenantId, name: member.name, isDevelopment: false });

describe('the tab\'s queries', () => {
  let world: World;
  let guest: Member;

  beforeEach(async () => {
    world = await createWorld();
    guest = await world.store.members.add({ id: 'elsa', groupId: world.group.id, userId: '29:elsa', aadObjectId: 'aad-elsa', name: 'Elsa Rektor', initials: 'ER', role: 'ledamot', membership: 'gast' });
    const { store, tove, orjan, chair } = world;
    await store.meetings.add(meetingFixture());
    const item = (fields: Parameters<typeof itemFixture>[0]) => store.items.add(itemFixture(fields));
    await item({ section: 'fast', title: 'Inledning', minutes: 10, presenters: [{ name: chair.name, initials: 'IF', memberId: chair.id }], order: 1 });
    await item({ section: 'beslut', title: 'Rutin för lån av medarbetare', minutes: 30, presenters: [{ name: tove.name, initials: 'TK', memberId: tove.id }], order: 2 });
    await item({ section: 'information', title: 'Skolval 2027', minutes: 20, presenters: [{ name: guest.name, initials: 'ER', memberId: guest.id }], order: 3 });
    await item({ section: 'information', title: 'Flyttad punkt', minutes: 60, status: 'flyttad', order: 4 });
    await item({ section: 'kortkort', title: 'Konferens 14–15 oktober', presenters: [{ name: orjan.name, initials: 'ÖÅ', memberId: orjan.id }], order: 5 });
  });
  afterEach(() => world.store.close());
  const queries = () => tabQueries(world.services, new ActorResolver(world.services));

  it('lists the groups a person belongs to, with their role and whether they may write', async () => {
    const other = await world.store.groups.createIfAbsent({ id: 'group-soder', teamId: '19:soder@thread.tacv2', name: 'Ledningsgruppen Söder', tenantId: TENANT, createdAt: '2026-09-01T08:00:00.000Z', language: 'sv' });
    await world.store.members.add({ id: 'tove-soder', groupId: other.group.id, userId: '29:tove', aadObjectId: world.tove.aadObjectId, name: 'Tove Kvist', initials: 'TK', role: 'sekreterare', membership: 'LG' });

    const answer = await queries().me(identityOf(world.tove));
    expect(answer.developmentIdentity).toBe(false);
    expect(answer.groups).toEqual([
      { groupId: 'group-norrby', teamId: '19:norrby-lg@thread.tacv2', name: 'Ledningsgruppen Norrby', role: 'ledamot', membership: 'LG', canWrite: false },
      { groupId: 'group-soder', teamId: '19:soder@thread.tacv2', name: 'Ledningsgruppen Söder', role: 'sekreterare', membership: 'LG', canWrite: true },
    ]);
  });

  it('leaves out a group recorded for another tenant', async () => {
    const answer = await queries().me(identityOf(world.tove, 'another-tenant'));
    expect(answer.groups.map((g) => g.groupId)).toEqual([]);
    await world.store.groups.createIfAbsent({ id: 'group-soder', teamId: '19:soder@thread.tacv2', name: 'Söder', tenantId: TENANT, createdAt: '2026-09-01T08:00:00.000Z', language: 'sv' });
    await world.store.members.add({ id: 'tove-soder', groupId: 'group-soder', userId: '29:tove', aadObjectId: world.tove.aadObjectId, name: 'Tove Kvist', initials: 'TK', role: 'ledamot', membership: 'LG' });
    expect((await queries().me(identityOf(world.tove, 'another-tenant'))).groups.map((g) => g.groupId)).toEqual([]);
    expect((await queries().me(identityOf(world.tove))).groups.map((g) => g.groupId)).toEqual(['group-norrby', 'group-soder']);
  });

  it('gives a member the next meeting: numbered items by section, kort kort, set-aside items and the time plan', async () => {
    const answer = await queries().nextMeeting(identityOf(world.tove), world.group.id);
    expect(answer.viewer).toEqual({ role: 'ledamot', membership: 'LG', canWrite: false, onlyOwnItems: false });
    const meeting = answer.meeting!;
    expect(meeting).toMatchObject({ startsAt: '2026-12-08T12:00:00.000Z', endsAt: '2026-12-08T15:00:00.000Z', place: 'Saturnus + Teams' });
    expect(meeting.parts.map(partText)).toEqual([
      'fast: 1. Inledning',
      'beslut: 2. Rutin för lån av medarbetare',
      'information: 3. Skolval 2027',
      'KORT, KORT 4: Konferens 14–15 oktober',
    ]);
    expect(meeting.parts[1]).toMatchObject({ items: [{ presenters: [{ name: 'Tove Kvist', initials: 'TK' }], followUp: false }] });
    expect(meeting.setAside).toEqual([expect.objectContaining({ title: 'Flyttad punkt', status: 'flyttad' })]);
    expect(meeting.timePlan).toEqual({
      rows: [
        expect.objectContaining({ number: 1, startsAt: '2026-12-08T12:00:00.000Z', minutes: 10 }),
        expect.objectContaining({ number: 2, startsAt: '2026-12-08T12:10:00.000Z', minutes: 30 }),
        expect.objectContaining({ number: 3, startsAt: '2026-12-08T12:40:00.000Z', minutes: 20 }),
      ],
      plannedMinutes: 60,
      meetingMinutes: 180,
      overMinutes: 0,
    });
  });

  it('numbers the agenda as the agenda card does: no decision items, kort kort as one number, the closing item last', async () => {
    const { store } = world;
    const later = await store.meetings.add(meetingFixture({ id: 'meeting-2026-12-22', startsAt: '2026-12-22T12:00:00.000Z', endsAt: '2026-12-22T15:00:00.000Z' }));
    const on = (fields: Parameters<typeof itemFixture>[0]) => store.items.add(itemFixture({ meetingId: later.id, ...fields }));
    await on({ section: 'fast', title: 'Summering och utcheckning', order: 1 });
    await on({ section: 'information', title: 'Budget', order: 2 });
    await on({ section: 'kortkort', title: 'Glöm inte konferensen', order: 3 });
    await on({ section: 'information', title: 'Rutin för lån av medarbetare', followUpOf: 'rutin-8-dec', order: 4 });
    await on({ section: 'fast', title: 'Inledning', order: 5 });
    world.clock.set('2026-12-09T09:00:00.000Z');
    const { meeting } = await queries().nextMeeting(identityOf(world.tove), world.group.id);
    expect(meeting!.parts.map(partText)).toEqual([
      'fast: 1. Inledning',
      'beslut: ',
      'information: 2. Budget | 3. Rutin för lån av medarbetare',
      'KORT, KORT 4: Glöm inte konferensen',
      'fast: 5. Summering och utcheckning',
    ]);
    expect(meeting!.parts[2]).toMatchObject({ items: [{ followUp: false }, { followUp: true }] });
    expect(meeting!.timePlan.rows.map((r) => r.number)).toEqual([1, 2, 3, 5]);
  });

  it('says how far an overfull agenda runs past the meeting\'s end', async () => {
    await world.store.items.add(itemFixture({ section: 'diskussion', title: 'Workshop', minutes: 150, order: 6 }));
    const { meeting } = await queries().nextMeeting(identityOf(world.chair), world.group.id);
    expect(meeting!.timePlan).toMatchObject({ plannedMinutes: 210, meetingMinutes: 180, overMinutes: 30 });
  });

  it('shows a guest only the items they present', async () => {
    const answer = await queries().nextMeeting(identityOf(guest), world.group.id);
    expect(answer.viewer.onlyOwnItems).toBe(true);
    expect(answer.meeting!.parts.map(partText)).toEqual(['information: 3. Skolval 2027']);
    expect(answer.meeting!.setAside).toEqual([]);
    // The guest's item starts when the items before it are done: 13.00 + 10 + 30 minutes.
    expect(answer.meeting!.timePlan.rows).toEqual([{ itemId: expect.any(String), number: 3, title: 'Skolval 2027', startsAt: '2026-12-08T12:40:00.000Z', minutes: 20 }]);
  });

  it('lets the chair and the secretary write', async () => {
    for (const member of [world.chair, world.secretary]) {
      expect((await queries().nextMeeting(identityOf(member), world.group.id)).viewer.canWrite).toBe(true);
    }
  });

  it('answers without a meeting when none is planned', async () => {
    world.clock.set('2026-12-09T09:00:00.000Z');
    const answer = await queries().nextMeeting(identityOf(world.tove), world.group.id);
    expect(answer.group.name).toBe('Ledningsgruppen Norrby');
    expect(answer.meeting).toBeUndefined();
  });

  it('denies someone who is not a member, an unknown group, and a group of another tenant alike', async () => {
    const stranger: TabIdentity = { aadObjectId: 'aad-stranger', tenantId: TENANT, name: 'Främling', isDevelopment: false };
    await expect(queries().nextMeeting(stranger, world.group.id)).rejects.toBeInstanceOf(TabAccessDenied);
    await expect(queries().nextMeeting(identityOf(world.tove), 'group-unknown')).rejects.toBeInstanceOf(TabAccessDenied);
    await world.store.groups.createIfAbsent({ id: 'group-soder', teamId: '19:soder@thread.tacv2', name: 'Söder', tenantId: TENANT, createdAt: '2026-09-01T08:00:00.000Z', language: 'sv' });
    await world.store.members.add({ id: 'tove-soder', groupId: 'group-soder', userId: '29:tove', aadObjectId: world.tove.aadObjectId, name: 'Tove Kvist', initials: 'TK', role: 'ledamot', membership: 'LG' });
    await expect(queries().nextMeeting(identityOf(world.tove, 'another-tenant'), 'group-soder')).rejects.toBeInstanceOf(TabAccessDenied);
    await expect(queries().nextMeeting(identityOf(world.tove, TENANT), 'group-soder')).resolves.toMatchObject({ group: { name: 'Söder' } });
  });

  it('lists the meeting\'s questions that still take answers, with the deadline and the count, to members but not guests', async () => {
    const { feedback } = world.services;
    const members = await world.store.members.listByGroup(world.group.id);
    const form = { description: '', link: '', kind: 'text', choices: '', deadlineTime: '12:00', reminderHours: '', owner: '', audience: 'LG', named: '', itemId: '' };
    const later = await feedback.create(world.as(world.secretary), { ...form, question: 'Synpunkter på skolplanen', deadlineDate: '2026-11-30' }, { members, next: meetingFixture() });
    await feedback.create(world.as(world.secretary), { ...form, question: 'Lokaler', deadlineDate: '2026-11-26' }, { members, next: meetingFixture() });
    await feedback.answer(world.as(world.tove), later, undefined, { choice: '', comment: 'Bra utkast.' });
    const answer = await queries().nextMeeting(identityOf(world.tove), world.group.id);
    expect(answer.feedback).toEqual([
      { requestId: expect.any(String), question: 'Lokaler', deadline: '2026-11-26T11:00:00.000Z', answered: 0, asked: 4 },
      { requestId: later.id, question: 'Synpunkter på skolplanen', deadline: '2026-11-30T11:00:00.000Z', answered: 1, asked: 4 },
    ]);
    expect((await queries().nextMeeting(identityOf(guest), world.group.id)).feedback).toBeUndefined();
    world.clock.set('2026-11-26T11:00:00.000Z');
    expect((await queries().nextMeeting(identityOf(world.tove), world.group.id)).feedback?.map((f) => f.question)).toEqual(['Synpunkter på skolplanen']);
  });
});
