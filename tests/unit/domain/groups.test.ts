import { GroupService } from '../../../bot/src/domain/groups';
import { MemberService } from '../../../bot/src/domain/members';
import { SqliteStore } from '../../../bot/src/stores/sqlite/sqliteStore';
import { Clock } from './fixtures';

describe('GroupService', () => {
  let store: SqliteStore;
  let groups: GroupService;
  const team = { teamId: '19:norrby-lg@thread.tacv2', name: 'Ledningsgruppen Norrby', tenantId: 'tenant-norrby' };
  const founder = { userId: '29:maja', aadObjectId: 'aad-maja', name: 'Maja Berg Holm' };
  const colleague = { userId: '29:tove', aadObjectId: 'aad-tove', name: 'Tove Kvist' };

  beforeEach(() => {
    store = SqliteStore.open(':memory:');
    groups = new GroupService({ store, now: new Clock().now });
  });
  afterEach(() => store.close());

  it('creates the group on first contact and makes the founder its secretary', async () => {
    const { group, created } = await groups.forTeam(team, founder);
    expect(created).toBe(true);
    expect(group).toMatchObject({ teamId: team.teamId, name: 'Ledningsgruppen Norrby', tenantId: 'tenant-norrby', createdAt: '2026-11-22T09:00:00.000Z' });
    expect(await store.members.listByGroup(group.id)).toEqual([
      expect.objectContaining({ name: 'Maja Berg Holm', initials: 'MBH', role: 'sekreterare', membership: 'LG' }),
    ]);
  });

  it('names a group without a team name "Ledningsgruppen"', async () => {
    expect((await groups.forTeam({ teamId: '19:x', name: '' }, founder)).group.name).toBe('Ledningsgruppen');
  });

  it('returns the same group later and makes nobody else secretary', async () => {
    const first = await groups.forTeam(team, founder);
    const second = await groups.forTeam(team, colleague);
    expect(second).toEqual({ group: first.group, created: false });
    const members = await store.members.listByGroup(first.group.id);
    expect(members.map((m) => [m.name, m.role])).toEqual([['Maja Berg Holm', 'sekreterare']]);
  });

  it('does not give the founder the secretary role back once it was handed over', async () => {
    const { group } = await groups.forTeam(team, founder);
    const members = new MemberService({ store, now: new Clock().now });
    const maja = (await members.find(group.id, founder))!;
    await members.ensure(group, colleague);
    await members.change(group, maja, 'Tove', { role: 'sekreterare' });

    await groups.forTeam(team, founder);
    const roles = (await store.members.listByGroup(group.id)).map((m) => [m.initials, m.role]);
    expect(roles).toEqual([['MBH', 'ledamot'], ['TK', 'sekreterare']]);
  });

  it('creates one group and one secretary when two first messages arrive at once', async () => {
    const [a, b] = await Promise.all([groups.forTeam(team, founder), groups.forTeam(team, colleague)]);
    expect(a.group.id).toBe(b.group.id);
    expect([a.created, b.created].filter(Boolean)).toHaveLength(1);
    const secretaries = (await store.members.listByGroup(a.group.id)).filter((m) => m.role === 'sekreterare');
    expect(secretaries).toHaveLength(1);
  });

  it('finds the groups a person belongs to, for personal chat', async () => {
    const { group } = await groups.forTeam(team, founder);
    const other = (await groups.forTeam({ teamId: '19:soderby', name: 'Söderby' }, colleague)).group;
    await new MemberService({ store, now: new Clock().now }).ensure(other, founder);
    const found = await groups.forPerson(founder);
    expect(found.map((m) => [m.group.id, m.member.role])).toEqual([
      [group.id, 'sekreterare'],
      [other.id, 'ledamot'],
    ]);
    expect(await groups.forPerson({ userId: '29:nobody', name: 'Ingen' })).toEqual([]);
  });
});
