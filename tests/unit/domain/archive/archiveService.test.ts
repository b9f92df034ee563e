import { ArchiveService } from '../../../../bot/src/domain/archive/service';
import { EditConflict } from '../../../../bot/src/domain/errors';
import type { Meeting, Member } from '../../../../bot/src/domain/model';
import { createServices } from '../../../../bot/src/domain/services';
import { createWorld, itemFixture, meetingFixture, rejects, type World } from '../fixtures';

/**
 * The archive over a group's minutes: what is searched (published notes and decisions,
 * agenda titles of meetings without minutes, never drafts), the decision log, the
 * follow-up of actions, and the index kept current by the writes, across processes
 * and after a start.
 */
describe('the archive of a group', () => {
  let world: World;
  let held: Meeting;
  let guest: Member;
  const archive = () => world.services.archive;
  const hitsFor = async (q: string, member: Member = world.tove) => (await archive().search(world.as(member), q)).hits;

  beforeEach(async () => {
    world = await createWorld(new Date('2026-12-08T15:30:00.000Z'));
    const { store, secretary, tove, orjan } = world;
    guest = await store.members.add({ id: 'elsa', groupId: world.group.id, userId: '29:elsa', name: 'Elsa Gäst', initials: 'EG', role: 'ledamot', membership: 'gast' });
    held = await store.meetings.add(meetingFixture());
    await store.meetings.add(meetingFixture({ id: 'meeting-2027-01-12', startsAt: '2027-01-12T12:00:00.000Z', endsAt: '2027-01-12T15:00:00.000Z', agendaDeadline: '2027-01-07T11:00:00.000Z' }));
    await store.items.add(itemFixture({ id: 'budget', section: 'beslut', title: 'Budgetvolymer förskola 2027', order: 1 }));
    await store.items.add(itemFixture({ id: 'skolval', section: 'information', title: 'Skolval 2027', description: 'Skolgårdsmiljö och antagning.', order: 2 }));
    await store.items.add(itemFixture({ id: 'later', meetingId: 'meeting-2027-01-12', title: 'Lokalförsörjning', order: 1 }));
    const writer = world.as(secretary);
    await world.services.minutes.saveItem(writer, held, 'budget', { notes: 'Karin gick igenom skolskjutskostnaderna.', decisions: ['Ledningsgruppen godkände budgetvolymerna.'], links: [] }, undefined);
    await world.services.minutes.addAction(writer, held, 'action-tove', 'budget', { what: 'Skicka budgeten till nämnden.', owner: { memberId: tove.id }, due: '2026-12-10' });
    await world.services.minutes.addAction(writer, held, 'action-orjan', 'budget', { what: 'Boka lokal.', owner: { memberId: orjan.id }, due: '2026-12-20' });
    // The meetings and items above were stored directly, as before the archive existed: the start indexes them.
    await world.services.archive.index.backfill(2026, 2027);
  });
  afterEach(() => world.store.close());

  const publish = () => world.services.minutes.publish(world.as(world.secretary), held);

  it('searches agenda titles and descriptions before publication, never the draft\'s notes', async () => {
    expect((await hitsFor('budget')).map((h) => [h.itemId, h.kind, h.version])).toEqual([['budget', 'title', undefined]]);
    expect((await hitsFor('skolgardsmiljo')).map((h) => h.kind)).toEqual(['description']);
    expect(await hitsFor('skolskjuts')).toEqual([]);
    await publish();
    expect((await hitsFor('skolskjuts')).map((h) => [h.itemId, h.kind, h.version])).toEqual([['budget', 'notes', 1]]);
    expect((await hitsFor('godkande')).map((h) => h.kind)).toEqual(['decision']);
  });

  it('keeps every published decision in the log, by term and by text', async () => {
    expect((await archive().decisions(world.as(world.tove))).decisions).toEqual([]);
    await publish();
    const log = await archive().decisions(world.as(world.tove));
    expect(log.terms.map((t) => t.key)).toEqual(['ht2026']);
    expect(log.decisions).toEqual([{ meetingId: held.id, meetingStartsAt: held.startsAt, version: 1, itemId: 'budget', number: 1, itemTitle: 'Budgetvolymer förskola 2027', text: 'Ledningsgruppen godkände budgetvolymerna.' }]);
    expect((await archive().decisions(world.as(world.tove), 'vt2027')).decisions).toEqual([]);
    expect((await archive().decisions(world.as(world.tove), undefined, 'volym')).decisions).toHaveLength(1);
    expect((await archive().decisions(world.as(world.tove), undefined, 'lokal')).decisions).toEqual([]);
    await rejects(archive().decisions(world.as(world.tove), 'hösten'), 'termInvalid');
  });

  it('lists open actions with owner and due date, overdue when not done by the day before today in Stockholm', async () => {
    await publish();
    // 23.30 UTC on 10 December is already 11 December in Stockholm.
    world.clock.set('2026-12-10T23:30:00.000Z');
    const { actions } = await archive().followUps(world.as(world.tove), false);
    expect(actions.map((a) => [a.action.id, a.overdue, a.canMark, a.itemTitle])).toEqual([
      ['action-tove', true, true, 'Budgetvolymer förskola 2027'],
      ['action-orjan', false, false, 'Budgetvolymer förskola 2027'],
    ]);
    world.clock.set('2026-12-10T22:30:00.000Z');
    expect((await archive().followUps(world.as(world.tove), false)).actions[1]).toMatchObject({ overdue: false });
  });

  it('lets the owner or a coordinator mark an action done, from the version they saw', async () => {
    await publish();
    world.clock.set('2026-12-11T09:00:00.000Z');
    const [own] = (await archive().followUps(world.as(world.tove), false)).actions;
    await rejects(archive().markAction(world.as(world.orjan), 'action-tove', own!.action.version, true), 'notActionOwner');
    await rejects(archive().markAction(world.as(guest), 'action-tove', own!.action.version, true), 'archiveNotForGuests');
    const done = await archive().markAction(world.as(world.tove), 'action-tove', own!.action.version, true);
    expect(done).toMatchObject({ overdue: false, action: { done: true } });
    expect((await archive().followUps(world.as(world.tove), false)).actions.map((a) => a.action.id)).toEqual(['action-orjan']);
    expect((await archive().followUps(world.as(world.tove), true)).actions.map((a) => a.action.id)).toEqual(['action-tove', 'action-orjan']);
    const stale = await archive().markAction(world.as(world.chair), 'action-tove', own!.action.version, false).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(EditConflict);
    expect((stale as EditConflict<{ action: { done: boolean } }>).current.action.done).toBe(true);
    expect(await archive().markAction(world.as(world.chair), 'action-tove', done.action.version, false)).toMatchObject({ overdue: true, action: { done: false } });
  });

  it('refuses a guest before anything is searched', async () => {
    await rejects(archive().search(world.as(guest), 'budget'), 'archiveNotForGuests');
    await rejects(archive().terms(world.as(guest)), 'archiveNotForGuests');
  });

  it('indexes meetings missing from the index right after a group is first read', async () => {
    await world.store.items.add(itemFixture({ id: 'raw', meetingId: 'meeting-2027-01-12', title: 'Simhallen i Åby', order: 2 }));
    await world.store.meetings.add(meetingFixture({ id: 'meeting-2027-01-26', startsAt: '2027-01-26T12:00:00.000Z', endsAt: '2027-01-26T15:00:00.000Z', agendaDeadline: '2027-01-21T11:00:00.000Z' }));
    await world.store.items.add(itemFixture({ id: 'raw-2', meetingId: 'meeting-2027-01-26', title: 'Simhallen igen', order: 1 }));
    const fresh = new ArchiveService({ store: world.store, now: world.clock.now });
    await fresh.search(world.as(world.tove), 'simhallen');
    expect((await fresh.search(world.as(world.tove), 'simhallen')).hits.map((h) => h.itemId)).toEqual(['raw-2']);
  });

  it('shows another process\'s writes at the next read, by what changed since', async () => {
    const elsewhere = new ArchiveService({ store: world.store, now: world.clock.now });
    expect(await elsewhere.search(world.as(world.tove), 'skolskjuts')).toMatchObject({ hits: [] });
    await publish();
    await archive().index.flush();
    expect((await elsewhere.search(world.as(world.tove), 'skolskjuts')).hits).toHaveLength(1);
  });

  it('indexes at start what was written while the index was not kept, and never fails a write when indexing does', async () => {
    const warnings: string[] = [];
    const store = world.store;
    const failing = { ...store, archiveIndex: { ...store.archiveIndex, put: () => Promise.reject(new Error('index unavailable')) } } as unknown as typeof store;
    const services = createServices({ store: failing, now: world.clock.now, warn: (message) => warnings.push(message) });
    // A meeting planned while the index could not be written: it has no entry.
    const coming = await store.meetings.add(meetingFixture({ id: 'meeting-2027-02-09', startsAt: '2027-02-09T12:00:00.000Z', endsAt: '2027-02-09T15:00:00.000Z', agendaDeadline: '2027-02-04T11:00:00.000Z' }));
    const added = await services.agenda.addItem(coming, world.tove, 'Skolskjutsar i glesbygd');
    expect(added.title).toBe('Skolskjutsar i glesbygd');
    await services.archive.index.flush();
    expect(warnings).toContain('archive reindex failed');
    const restarted = new ArchiveService({ store, now: world.clock.now });
    expect(await restarted.index.backfill(2026, 2027)).toBe(1);
    expect((await restarted.search(world.as(world.tove), 'glesbygd')).hits.map((h) => h.itemTitle)).toEqual(['Skolskjutsar i glesbygd']);
    expect(await restarted.index.backfill(2026, 2027)).toBe(0);
  });

  it('opens on the newest term with published minutes, leaving out meetings not yet held', async () => {
    await publish();
    const { terms, shown } = await archive().terms(world.as(world.tove));
    expect(terms).toEqual([{ kind: 'ht', year: 2026, key: 'ht2026', meetings: 1, published: 1 }]);
    expect(shown).toMatchObject({ term: { key: 'ht2026' }, meetings: [{ meetingId: held.id, publishedVersion: 1, versions: 1, decisions: 1 }] });
  });
});
