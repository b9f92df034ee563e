import { MemberService } from '../../../bot/src/domain/members';
import type { Member } from '../../../bot/src/domain/model';
import { addMember, createWorld, rejects, type World } from './fixtures';

describe('MemberService', () => {
  let world: World;
  let service: MemberService;
  const roles = async (): Promise<Record<string, string>> =>
    Object.fromEntries((await world.store.members.listByGroup(world.group.id)).map((m) => [m.initials, m.role]));
  const stored = async (member: Member): Promise<Member | undefined> =>
    (await world.store.members.listByGroup(world.group.id)).find((m) => m.id === member.id);

  beforeEach(async () => {
    world = await createWorld();
    service = new MemberService(world.deps);
  });
  afterEach(() => world.store.close());

  describe('change', () => {
    it('only lets the chair or the secretary change roles', async () => {
      await rejects(service.change(world.as(world.tove), 'TK', { role: 'ordforande' }), 'notCoordinator');
      expect(await roles()).toEqual({ IF: 'ordforande', MBH: 'sekreterare', TK: 'ledamot', ÖÅ: 'ledamot' });
    });

    it('hands the secretary role over: the new secretary in, the old one back to ledamot', async () => {
      const { changed, demoted } = await service.change(world.as(world.chair), 'Tove', { role: 'sekreterare' });
      expect(changed).toMatchObject({ id: world.tove.id, role: 'sekreterare' });
      expect(demoted).toMatchObject({ id: world.secretary.id, role: 'ledamot' });
      expect(await roles()).toEqual({ IF: 'ordforande', MBH: 'ledamot', TK: 'sekreterare', ÖÅ: 'ledamot' });
    });

    it('lets the chair hand over the chair', async () => {
      await service.change(world.as(world.chair), 'ÖÅ', { role: 'ordforande' });
      expect(await roles()).toEqual({ IF: 'ledamot', MBH: 'sekreterare', TK: 'ledamot', ÖÅ: 'ordforande' });
    });

    it('lets a coordinator step down while another remains, and says what they were', async () => {
      const { before, changed, demoted } = await service.change(world.as(world.chair), 'IF', { role: 'ledamot' });
      expect([before.role, changed.role, demoted]).toEqual(['ordforande', 'ledamot', undefined]);
      expect(await roles()).toMatchObject({ IF: 'ledamot', MBH: 'sekreterare' });
    });

    it('does not let the last coordinator step down', async () => {
      await service.change(world.as(world.secretary), 'IF', { role: 'ledamot' });
      const secretary = (await stored(world.secretary))!;
      await rejects(service.change(world.as(secretary), 'MBH', { role: 'ledamot' }), 'lastCoordinator');
      expect(await roles()).toMatchObject({ IF: 'ledamot', MBH: 'sekreterare' });
    });

    it('changes group membership without touching the role', async () => {
      const { changed } = await service.change(world.as(world.secretary), 'tk', { membership: 'SG' });
      expect(changed).toMatchObject({ membership: 'SG', role: 'ledamot' });
      expect((await stored(world.tove))?.membership).toBe('SG');
    });

    it('leaves a member who already has the role as they are', async () => {
      const { changed: same } = await service.change(world.as(world.chair), 'MBH', { role: 'sekreterare' });
      expect(same.version).toBe(world.secretary.version);
      expect(await roles()).toMatchObject({ IF: 'ordforande', MBH: 'sekreterare' });
    });

    it('asks for more when a name fits several members, listing them', async () => {
      await addMember(world.store, world.group, 'maja-l', 'Maja Lund', 'ML');
      const error = await rejects(service.change(world.as(world.chair), 'Maja', { role: 'sekreterare' }), 'memberAmbiguous');
      expect(error.params.names).toBe('Maja Berg Holm (MBH), Maja Lund (ML)');
      expect(await roles()).toMatchObject({ MBH: 'sekreterare', ML: 'ledamot' });
    });

    it('says when nobody has that name', async () => {
      const error = await rejects(service.change(world.as(world.chair), 'Gunnar', { role: 'sekreterare' }), 'memberNotFound');
      expect(error.params.query).toBe('Gunnar');
    });
  });

  describe('resolve', () => {
    it.each(['ÖÅ', 'oa', 'Örjan Åkesson', 'orjan akesson', 'Örjan', 'Åkesson'])('finds Örjan by "%s"', async (query) => {
      const members = await world.store.members.listByGroup(world.group.id);
      expect((service.resolve(members, query) as Member).id).toBe(world.orjan.id);
    });
  });

  describe('ensure', () => {
    const person = { userId: '29:lena', aadObjectId: 'aad-lena', name: 'Lena  Ström' };

    it('registers a newcomer once, as ledamot in the leadership group', async () => {
      const lena = await service.ensure(world.group, person);
      expect(lena).toMatchObject({ name: 'Lena Ström', initials: 'LS', role: 'ledamot', membership: 'LG' });
      expect((await service.ensure(world.group, person)).id).toBe(lena.id);
      expect(await world.store.members.listByGroup(world.group.id)).toHaveLength(5);
    });

    it('recognises a member by Entra id when the Teams user id differs', async () => {
      const lena = await service.ensure(world.group, person);
      expect((await service.ensure(world.group, { ...person, userId: '29:lena-other-client' })).id).toBe(lena.id);
    });

    it('gives a newcomer initials nobody in the group has', async () => {
      const tobias = await service.ensure(world.group, { userId: '29:tobias', name: 'Tobias Kvarnström' });
      expect(tobias.initials).toBe('TKv');
    });

    it('registers a member only once when two of their messages arrive at the same time', async () => {
      const [a, b] = await Promise.all([service.ensure(world.group, person), service.ensure(world.group, person)]);
      expect(a.id).toBe(b.id);
      expect(await world.store.members.listByGroup(world.group.id)).toHaveLength(5);
    });
  });

  describe('leaving and coming back', () => {
    it('takes access from people removed from the team, keeps their record, and gives it back when they return', async () => {
      expect(await service.removeFromGroup(world.group, [{ userId: world.tove.userId }, { userId: '29:never-a-member' }])).toBe(1);
      const gone = await stored(world.tove);
      expect(gone?.leftAt).toBe('2026-11-22T09:00:00.000Z');
      expect(await service.removeFromGroup(world.group, [{ userId: world.tove.userId }])).toBe(0);
      // A name that only a former member has is not found for a role change.
      await rejects(service.change(world.as(world.chair), 'Tove', { role: 'sekreterare' }), 'memberNotFound');

      expect(await service.registerAll(world.group, [{ userId: world.tove.userId, aadObjectId: world.tove.aadObjectId, name: 'Tove Kvist' }])).toBe(1);
      expect(await stored(world.tove)).toMatchObject({ leftAt: undefined, initials: 'TK', role: 'ledamot' });
    });

    it('gives a returning chair their role back with their access', async () => {
      await service.removeFromGroup(world.group, [{ userId: world.chair.userId }]);
      const back = await service.ensure(world.group, { userId: world.chair.userId, name: 'Ingrid Falk' });
      expect(back).toMatchObject({ id: world.chair.id, role: 'ordforande', leftAt: undefined });
    });
  });
});
