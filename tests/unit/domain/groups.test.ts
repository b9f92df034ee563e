import { assertSameTenant } from '../../../bot/src/domain/groups';
import { createServices, type Services } from '../../../bot/src/domain/services';
import { SqliteStore } from '../../../bot/src/stores/sqlite/sqliteStore';
import { Clock, rejects } from './fixtures';

describe('GroupService', () => {
  let store: SqliteStore;
  let clock: Clock;
  let services: Services;
  const team = { teamId: '19:norrby-lg@thread.tacv2', name: 'Ledningsgruppen Norrby', tenantId: 'tenant-norrby' };
  const founder = { userId: '29:maja', aadObjectId: 'aad-maja', name: 'Maja Berg Holm' };
  const colleague = { userId: '29:tove', aadObjectId: 'aad-tove', name: 'Tove Kvist' };

  beforeEach(() => {
    store = SqliteStore.open(':memory:');
    clock = new Clock();
    services = createServices({ store, now: clock.now });
  });
  afterEach(() => store.close());

  it('founds the group at installation and makes the installer its secretary', async () => {
    const { group, created } = await services.groups.found(team, founder, 'Ledningsgruppen');
    expect(created).toBe(true);
    expect(group).toMatchObject({ teamId: team.teamId, name: 'Ledningsgruppen Norrby', tenantId: 'tenant-norrby', language: 'sv', createdAt: '2026-11-22T09:00:00.000Z' });
    expect(await store.members.listByGroup(group.id)).toEqual([
      expect.objectContaining({ name: 'Maja Berg Holm', initials: 'MBH', role: 'sekreterare', membership: 'LG' }),
    ]);
  });

  it('names a group without a team name with the name it is given', async () => {
    expect((await services.groups.found({ teamId: '19:x', name: '' }, founder, 'Ledningsgruppen')).group.name).toBe('Ledningsgruppen');
  });

  it('returns the same group on a second installation and makes nobody else secretary', async () => {
    const first = await services.groups.found(team, founder, 'Ledningsgruppen');
    const second = await services.groups.found(team, colleague, 'Ledningsgruppen');
    expect(second).toEqual({ group: first.group, created: false, reinstalled: false });
    const members = await store.members.listByGroup(first.group.id);
    expect(members.map((m) => [m.name, m.role])).toEqual([['Maja Berg Holm', 'sekreterare']]);
  });

  it('does not give the founder the secretary role back once it was handed over', async () => {
    const { group } = await services.groups.found(team, founder, 'Ledningsgruppen');
    const maja = (await services.members.find(group.id, founder))!;
    await services.members.ensure(group, colleague);
    await services.members.change({ group, member: maja }, 'Tove', { role: 'sekreterare' });

    await services.groups.found(team, founder, 'Ledningsgruppen');
    const roles = (await store.members.listByGroup(group.id)).map((m) => [m.initials, m.role]);
    expect(roles).toEqual([['MBH', 'ledamot'], ['TK', 'sekreterare']]);
  });

  it('creates one group and one secretary when two installations arrive at once', async () => {
    const [a, b] = await Promise.all([services.groups.found(team, founder, 'Ledningsgruppen'), services.groups.found(team, colleague, 'Ledningsgruppen')]);
    expect(a.group.id).toBe(b.group.id);
    expect([a.created, b.created].filter(Boolean)).toHaveLength(1);
    const secretaries = (await store.members.listByGroup(a.group.id)).filter((m) => m.role === 'sekreterare');
    expect(secretaries).toHaveLength(1);
  });

  it('keeps a removed team\'s data out of reach until the app is installed again, with the roles it had', async () => {
    const { group } = await services.groups.found(team, founder, 'Ledningsgruppen');
    clock.set('2026-11-23T10:00:00.000Z');
    const removed = await services.groups.removed(team.teamId);
    expect(removed?.removedAt).toBe('2026-11-23T10:00:00.000Z');
    expect(await services.groups.forPerson(founder)).toEqual([]);

    const back = await services.groups.found(team, colleague, 'Ledningsgruppen');
    expect(back).toMatchObject({ created: false, reinstalled: true });
    expect(back.group.removedAt).toBeUndefined();
    expect((await services.groups.forPerson(founder)).map((m) => [m.group.id, m.member.role])).toEqual([[group.id, 'sekreterare']]);
  });

  it('finds the groups a person currently belongs to, for personal chat', async () => {
    const { group } = await services.groups.found(team, founder, 'Ledningsgruppen');
    const other = (await services.groups.found({ teamId: '19:soderby', name: 'Söderby' }, colleague, 'Ledningsgruppen')).group;
    await services.members.ensure(other, founder);
    const found = await services.groups.forPerson(founder);
    expect(found.map((m) => [m.group.id, m.member.role])).toEqual([
      [group.id, 'sekreterare'],
      [other.id, 'ledamot'],
    ]);
    await services.members.removeFromGroup(other, [founder]);
    expect((await services.groups.forPerson(founder)).map((m) => m.group.id)).toEqual([group.id]);
    expect(await services.groups.forPerson({ userId: '29:nobody' })).toEqual([]);
  });

  it('lets a coordinator choose the language of the channel, and nobody else', async () => {
    const { group } = await services.groups.found(team, founder, 'Ledningsgruppen');
    const maja = (await services.members.find(group.id, founder))!;
    const tove = await services.members.ensure(group, colleague);
    await rejects(services.groups.setLanguage({ group, member: tove }, 'en'), 'notCoordinator');
    expect((await services.groups.setLanguage({ group, member: maja }, 'en')).language).toBe('en');
    expect((await store.groups.getByTeamId(team.teamId))?.language).toBe('en');
  });

  it('refuses an activity from another tenant than the group\'s', async () => {
    const { group } = await services.groups.found(team, founder, 'Ledningsgruppen');
    expect(() => assertSameTenant(group, 'tenant-norrby')).not.toThrow();
    expect(() => assertSameTenant(group, 'tenant-evil')).toThrow(expect.objectContaining({ code: 'otherTenant' }));
    expect(() => assertSameTenant(group, undefined)).toThrow(expect.objectContaining({ code: 'otherTenant' }));
  });
});
