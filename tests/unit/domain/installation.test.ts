import type { InstallationService, InstallEvent } from '../../../bot/src/domain/installation';
import { createServices } from '../../../bot/src/domain/services';
import { SqliteStore } from '../../../bot/src/stores/sqlite/sqliteStore';
import { Clock } from './fixtures';

describe('InstallationService', () => {
  let store: SqliteStore;
  let service: InstallationService;
  const teamInstall: InstallEvent = {
    conversationId: '19:general@thread.tacv2',
    scope: 'team',
    team: { teamId: '19:norrby-lg@thread.tacv2', name: 'Ledningsgruppen Norrby' },
    installer: { userId: '29:maja', aadObjectId: 'aad-maja', name: 'Maja Berg Holm' },
    reference: { serviceUrl: 'https://smba.example.test/emea/', conversation: { id: '19:general@thread.tacv2' } },
    defaultGroupName: 'Ledningsgruppen',
  };

  beforeEach(() => {
    store = SqliteStore.open(':memory:');
    service = createServices({ store, now: new Clock().now }).installation;
  });
  afterEach(() => store.close());

  it('greets a team the first time, with its group, and remembers where to post', async () => {
    const outcome = await service.installed(teamInstall);
    expect(outcome.greet).toBe(true);
    expect(outcome.group).toMatchObject({ teamId: '19:norrby-lg@thread.tacv2' });
    expect(await store.conversations.get(teamInstall.conversationId)).toMatchObject({
      scope: 'team',
      groupId: outcome.group!.id,
      reference: teamInstall.reference,
      installedByUserId: '29:maja',
      greetedAt: '2026-11-22T09:00:00.000Z',
    });
  });

  it('greets a conversation only once, however often the install event comes', async () => {
    expect((await service.installed(teamInstall)).greet).toBe(true);
    expect((await service.installed(teamInstall)).greet).toBe(false);
    expect((await service.installed({ ...teamInstall, installer: { userId: '29:tove', name: 'Tove Kvist' } })).greet).toBe(false);
  });

  it('greets exactly once when the same install event is handled twice at the same time', async () => {
    const outcomes = await Promise.all([service.installed(teamInstall), service.installed(teamInstall)]);
    expect(outcomes.filter((o) => o.greet)).toHaveLength(1);
    expect(outcomes[0]!.group!.id).toBe(outcomes[1]!.group!.id);
    const members = await store.members.listByGroup(outcomes[0]!.group!.id);
    expect(members.map((m) => [m.name, m.role])).toEqual([['Maja Berg Holm', 'sekreterare']]);
  });

  it('greets each conversation on its own: a personal chat has no group', async () => {
    await service.installed(teamInstall);
    const personal = await service.installed({ conversationId: 'a:personal-maja', scope: 'personal', installer: teamInstall.installer, reference: {}, defaultGroupName: 'Ledningsgruppen' });
    expect(personal).toEqual({ group: undefined, greet: true, installerName: 'Maja Berg Holm' });
  });

  it('keeps the group of a conversation when a later event carries no team', async () => {
    const { group } = await service.installed(teamInstall);
    await service.installed({ ...teamInstall, team: undefined });
    expect((await store.conversations.get(teamInstall.conversationId))?.groupId).toBe(group!.id);
  });

  it('names the installer from the roster when the event does not, and makes them secretary', async () => {
    const outcome = await service.installed({
      ...teamInstall,
      installer: { userId: '29:maja', aadObjectId: 'aad-maja', name: '' },
      roster: [{ userId: '29:tove', name: 'Tove Kvist' }, { userId: '29:maja', aadObjectId: 'aad-maja', name: 'Maja Berg Holm' }],
    });
    expect(outcome.installerName).toBe('Maja Berg Holm');
    const members = await store.members.listByGroup(outcome.group!.id);
    expect(members.map((m) => [m.name, m.initials, m.role])).toEqual([['Maja Berg Holm', 'MBH', 'sekreterare'], ['Tove Kvist', 'TK', 'ledamot']]);
  });

  it('makes a removed team\'s group unreachable and reachable again on the next installation', async () => {
    const { group } = await service.installed(teamInstall);
    await service.uninstalled(teamInstall.team!);
    expect((await store.groups.get(group!.id))?.removedAt).toBeDefined();
    await service.installed(teamInstall);
    expect((await store.groups.get(group!.id))?.removedAt).toBeUndefined();
  });
});
