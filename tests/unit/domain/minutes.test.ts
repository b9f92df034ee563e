import { EditConflict } from '../../../bot/src/domain/errors';
import type { ItemMinutes } from '../../../bot/src/domain/minutes/model';
import { guestSnapshot } from '../../../bot/src/domain/minutes/snapshot';
import { paragraphsOf } from '../../../bot/src/domain/minutes/validation';
import type { AgendaItem, Meeting, Member } from '../../../bot/src/domain/model';
import { ValidationError } from '../../../bot/src/domain/validation';
import { createWorld, itemFixture, meetingFixture, rejects, type World } from './fixtures';

/** Problems a ValidationError carries, by code and their parameters. */
async function problems(promise: Promise<unknown>): Promise<{ code: string; params: Record<string, unknown> }[]> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).problems.map((p) => ({ code: p.code, params: p.params }));
}

describe('the minutes of a meeting', () => {
  let world: World;
  let held: Meeting;
  let later: Meeting;
  let decision: AgendaItem;
  let information: AgendaItem;
  let notice: AgendaItem;
  let guest: Member;

  beforeEach(async () => {
    // The meeting on Tuesday 8 December is held; it is now 16.30 that day.
    world = await createWorld(new Date('2026-12-08T15:30:00.000Z'));
    const { store, tove, orjan } = world;
    guest = await store.members.add({ id: 'elsa', groupId: world.group.id, userId: '29:elsa', aadObjectId: 'aad-elsa', name: 'Elsa Rektor', initials: 'ER', role: 'ledamot', membership: 'gast' });
    await store.members.add({ id: 'sven', groupId: world.group.id, userId: '29:sven', name: 'Sven Styr', initials: 'SS', role: 'ledamot', membership: 'SG' });
    held = await store.meetings.add(meetingFixture());
    later = await store.meetings.add(meetingFixture({ id: 'meeting-2026-12-22', startsAt: '2026-12-22T12:00:00.000Z', endsAt: '2026-12-22T15:00:00.000Z', agendaDeadline: '2026-12-17T11:00:00.000Z' }));
    await store.items.add(itemFixture({ id: 'opening', section: 'fast', title: 'Inledning', order: 1 }));
    decision = await store.items.add(itemFixture({ id: 'rutin', section: 'beslut', title: 'Rutin för lån av medarbetare', presenters: [{ name: tove.name, initials: 'TK', memberId: tove.id }], order: 2 }));
    information = await store.items.add(itemFixture({ id: 'skolval', section: 'information', title: 'Skolval 2027', minutes: 20, presenters: [{ name: guest.name, initials: 'ER', memberId: guest.id }], order: 3 }));
    notice = await store.items.add(itemFixture({ id: 'konferens', section: 'kortkort', title: 'Konferens 14–15 oktober', presenters: [{ name: orjan.name, initials: 'ÖÅ', memberId: orjan.id }], order: 4 }));
  });
  afterEach(() => world.store.close());

  const minutes = () => world.services.minutes;
  const secretary = () => world.as(world.secretary);
  const note = (text: string, extra: Record<string, unknown> = {}) => ({ notes: text, decisions: [], links: [], ...extra });

  it('begins with the leadership and steering groups present, guests for part of the day, and the secretary taking the minutes', async () => {
    const opened = await minutes().open(world.as(world.chair), held);
    expect(opened).toMatchObject({ state: 'draft', publishedVersion: 0, takenBy: { memberId: 'maja', name: 'Maja Berg Holm' } });
    expect(opened.attendance.map((a) => `${a.name}:${a.group}:${a.presence}`)).toEqual([
      'Ingrid Falk:LG:present', 'Maja Berg Holm:LG:present', 'Tove Kvist:LG:present', 'Örjan Åkesson:LG:present', 'Sven Styr:SG:present', 'Elsa Rektor:extra:partTime',
    ]);
    expect(await minutes().open(secretary(), held)).toEqual(opened);
  });

  it('lets only the chair and the secretary write', async () => {
    await rejects(minutes().saveItem(world.as(world.tove), held, decision.id, note('Min text'), undefined), 'notCoordinator');
    await rejects(minutes().open(world.as(world.tove), held), 'notCoordinator');
    expect(await world.store.minutes.get(held.id)).toBeUndefined();
  });

  it('keeps notes as paragraphs, with the decisions and document links of the item', async () => {
    const saved = await minutes().saveItem(secretary(), held, decision.id, {
      notes: 'Tove presenterade förslaget.\n\n\nGruppen diskuterade\nkompensationen.  \n',
      decisions: ['Ledningsgruppen godkände rutinen.', '   '],
      links: [{ url: 'www.example.se/rutin.docx', title: 'Rutinen' }],
    }, undefined);
    expect(saved).toMatchObject({
      notes: ['Tove presenterade förslaget.', 'Gruppen diskuterade\nkompensationen.'],
      decisions: ['Ledningsgruppen godkände rutinen.'],
      links: [{ url: 'https://www.example.se/rutin.docx', title: 'Rutinen' }],
      updatedBy: { memberId: 'maja', name: 'Maja Berg Holm' },
    });
    // Saving the same again writes nothing.
    expect((await minutes().saveItem(secretary(), held, decision.id, { notes: saved.notes.join('\n\n'), decisions: saved.decisions, links: saved.links }, saved.version)).version).toBe(saved.version);
  });

  it('refuses an empty note, unless the secretary means to clear the item, and keeps what was saved', async () => {
    const saved = await minutes().saveItem(secretary(), held, decision.id, note('Sparad text.'), undefined);
    await rejects(minutes().saveItem(secretary(), held, decision.id, note('  \n '), saved.version), 'itemMinutesEmpty');
    expect((await world.store.itemMinutes.get(decision.id))!.notes).toEqual(['Sparad text.']);
    const cleared = await minutes().saveItem(secretary(), held, decision.id, { ...note(''), clear: true }, saved.version);
    expect(cleared.notes).toEqual([]);
  });

  it('refuses a 100,000-character note, saying how long it is and how long it may be', async () => {
    expect(await problems(minutes().saveItem(secretary(), held, decision.id, note('x'.repeat(100_000)), undefined))).toEqual([{ code: 'notesTooLong', params: { length: 100_000, max: 20_000 } }]);
    expect(await world.store.itemMinutes.get(decision.id)).toBeUndefined();
    const longest = await minutes().saveItem(secretary(), held, decision.id, note('å'.repeat(20_000)), undefined);
    expect(longest.notes[0]).toHaveLength(20_000);
  });

  it('never writes over an edit made in between: the other person\'s text comes back with the conflict', async () => {
    const first = await minutes().saveItem(secretary(), held, decision.id, note('Sekreterarens text.'), undefined);
    const chairs = await minutes().saveItem(world.as(world.chair), held, decision.id, note('Ordförandens tillägg.'), first.version);
    const error = await minutes().saveItem(secretary(), held, decision.id, note('Sekreterarens ändring.'), first.version).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EditConflict);
    expect((error as EditConflict<ItemMinutes>).current).toEqual(chairs);
    expect((error as EditConflict).params).toEqual({ name: 'Ingrid Falk' });
    // Two first saves at once: one of them is told.
    const both = await Promise.allSettled([information, information].map((item, n) => minutes().saveItem(secretary(), held, item.id, note(`Text ${n}`), undefined)));
    expect(both.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason)).toEqual([expect.any(EditConflict)]);
  });

  it('records who attended, from the version read', async () => {
    const opened = await minutes().open(secretary(), held);
    const attendance = [
      { memberId: world.tove.id, name: 'anything', group: 'LG', presence: 'absent' },
      { memberId: world.tove.id, name: 'twice', group: 'LG', presence: 'present' },
      { name: ' Göran  Ödman ', group: 'extra', presence: 'partTime', part: '13–15.00' },
    ];
    const saved = await minutes().saveHeader(secretary(), held, { attendance, takenBy: { memberId: world.chair.id } }, opened.version);
    expect(saved.attendance).toEqual([
      { memberId: 'tove', name: 'Tove Kvist', group: 'LG', presence: 'absent' },
      { name: 'Göran Ödman', group: 'extra', presence: 'partTime', part: '13–15.00' },
    ]);
    expect(saved.takenBy).toEqual({ memberId: 'ingrid', name: 'Ingrid Falk' });
    await expect(minutes().saveHeader(secretary(), held, { attendance }, opened.version)).rejects.toBeInstanceOf(EditConflict);
    expect(await problems(minutes().saveHeader(secretary(), held, { attendance: [{ name: 'X', group: 'VIP', presence: 'present' }] }, saved.version))).toEqual([{ code: 'attendanceInvalid', params: { name: 'X' } }]);
  });

  it('adds an action once, with the member\'s own name, a real due date on or after the meeting', async () => {
    const form = { what: 'Sammanställa kommentarerna.', owner: { memberId: world.orjan.id, name: 'ignored' }, due: '2026-12-15' };
    const action = await minutes().addAction(secretary(), held, 'action-1', decision.id, form);
    expect(action).toMatchObject({ what: 'Sammanställa kommentarerna.', owner: { memberId: 'orjan', name: 'Örjan Åkesson' }, due: '2026-12-15', done: false });
    expect(await minutes().addAction(secretary(), held, 'action-1', decision.id, form)).toEqual(action);
    expect(await world.store.actions.listByMeeting(held.id)).toHaveLength(1);
    expect(await problems(minutes().addAction(secretary(), held, 'action-2', decision.id, { ...form, due: '2027-02-30' }))).toEqual([{ code: 'dateNotExisting', params: { value: '2027-02-30' } }]);
    expect(await problems(minutes().addAction(secretary(), held, 'action-2', decision.id, { ...form, due: '2026-12-01' }))).toEqual([{ code: 'dueDateBeforeMeeting', params: { date: '2026-12-08' } }]);
    expect(await problems(minutes().addAction(secretary(), held, 'action-2', decision.id, { what: ' ', owner: {}, due: '15 dec' }))).toEqual([
      { code: 'actionWhatMissing', params: {} }, { code: 'actionOwnerMissing', params: {} }, { code: 'dueDateInvalid', params: { value: '15 dec' } },
    ]);
    const undated = await minutes().addAction(secretary(), held, 'action-3', decision.id, { what: 'Återkoppla när arbetet kommit längre.', owner: { name: 'Agneta Extern' } });
    expect(undated.due).toBeUndefined();
  });

  it('takes an item up again at a later meeting, marked as a follow-up, once however often it is asked', async () => {
    const followUp = await minutes().addFollowUp(secretary(), held, 'follow-1', decision.id, later);
    expect(await minutes().addFollowUp(secretary(), held, 'follow-1', decision.id, later)).toEqual(followUp);
    const laterItems = await world.store.items.listByMeeting(later.id);
    expect(laterItems).toEqual([expect.objectContaining({ id: 'follow-1', title: 'Rutin för lån av medarbetare', section: 'beslut', followUpOf: decision.id, submittedByName: 'Maja Berg Holm' })]);
    await rejects(minutes().addFollowUp(secretary(), held, 'follow-2', decision.id, held), 'followUpTargetInvalid');
    await minutes().removeFollowUp(secretary(), held, 'follow-1');
    expect(await world.store.items.listByMeeting(later.id)).toEqual([]);
    expect(await world.store.followUps.listByMeeting(held.id)).toEqual([]);
  });

  describe('publishing', () => {
    it('is refused before the meeting has started', async () => {
      world.clock.set('2026-12-08T11:00:00.000Z');
      await rejects(minutes().publish(secretary(), held), 'meetingNotStarted');
    });

    it('keeps the minutes as published, in the agenda\'s order and numbers, and locks them', async () => {
      await minutes().saveItem(secretary(), held, decision.id, note('Förslaget presenterades.', { decisions: ['Rutinen godkändes.'] }), undefined);
      await minutes().saveItem(secretary(), held, notice.id, note('Datumen passar alla.'), undefined);
      await minutes().addAction(secretary(), held, 'action-1', decision.id, { what: 'Skicka ut rutinen.', owner: { memberId: world.tove.id }, due: '2026-12-15' });
      await minutes().addFollowUp(secretary(), held, 'follow-1', information.id, later);
      const version = await minutes().publish(secretary(), held);
      expect(version).toMatchObject({ number: 1, publishedBy: { memberId: 'maja', name: 'Maja Berg Holm' }, publishedAt: '2026-12-08T15:30:00.000Z' });
      expect(version.reason).toBeUndefined();
      const { snapshot } = version;
      expect(snapshot).toMatchObject({ groupName: 'Ledningsgruppen Norrby', meeting: { startsAt: held.startsAt, place: 'Saturnus + Teams' }, takenBy: { name: 'Maja Berg Holm' } });
      expect(snapshot.parts.map((p) => [p.kind, p.items.map((i) => `${i.number ?? '-'} ${i.title}`)])).toEqual([
        ['fixed', ['1 Inledning']],
        ['section', ['2 Rutin för lån av medarbetare']],
        ['section', ['3 Skolval 2027']],
        ['notices', ['- Konferens 14–15 oktober']],
      ]);
      expect(snapshot.parts[3]).toMatchObject({ kind: 'notices', number: 4 });
      const rutin = snapshot.parts[1]!.items[0]!;
      expect(rutin).toMatchObject({ notes: ['Förslaget presenterades.'], decisions: ['Rutinen godkändes.'], actions: [{ what: 'Skicka ut rutinen.', owner: { memberId: 'tove', name: 'Tove Kvist' }, due: '2026-12-15' }] });
      expect(snapshot.parts[2]!.items[0]!.followUps).toEqual([{ targetMeetingId: later.id, startsAt: later.startsAt }]);
      expect(await world.store.minutes.get(held.id)).toMatchObject({ state: 'published', publishedVersion: 1 });

      await rejects(minutes().publish(secretary(), held), 'alreadyPublished');
      const item = (await world.store.itemMinutes.get(decision.id))!;
      await rejects(minutes().saveItem(secretary(), held, decision.id, note('Ändrat i efterhand.'), item.version), 'minutesPublished');
      expect((await world.store.itemMinutes.get(decision.id))!.notes).toEqual(['Förslaget presenterades.']);
      expect(await minutes().versions(held.id)).toHaveLength(1);
    });

    it('corrects published minutes only with a reason, as a new version, keeping the first as it was', async () => {
      const first = await minutes().saveItem(secretary(), held, decision.id, note('Beslut om rutinen.', { decisions: ['Rutinen godkändes inte.'] }), undefined);
      const v1 = await minutes().publish(secretary(), held);
      const published = (await world.store.minutes.get(held.id))!;
      await rejects(minutes().startCorrection(secretary(), held, '   ', published.version), 'correctionReasonMissing');
      await rejects(minutes().startCorrection(world.as(world.tove), held, 'Fel', published.version), 'notCoordinator');
      const correcting = await minutes().startCorrection(secretary(), held, 'Beslutet var felskrivet.', published.version);
      expect(correcting).toMatchObject({ state: 'correcting', correctionReason: 'Beslutet var felskrivet.' });
      await minutes().saveItem(secretary(), held, decision.id, note('Beslut om rutinen.', { decisions: ['Rutinen godkändes.'] }), first.version);
      world.clock.set('2026-12-09T08:00:00.000Z');
      const v2 = await minutes().publish(world.as(world.chair), held);
      expect(v2).toMatchObject({ number: 2, reason: 'Beslutet var felskrivet.', publishedBy: { name: 'Ingrid Falk' } });
      expect(v2.snapshot.parts[1]!.items[0]!.decisions).toEqual(['Rutinen godkändes.']);
      const versions = await minutes().versions(held.id);
      expect(versions).toEqual([v1, v2]);
      expect(versions[0]!.snapshot.parts[1]!.items[0]!.decisions).toEqual(['Rutinen godkändes inte.']);
      expect(await world.store.minutes.get(held.id)).toMatchObject({ state: 'published', publishedVersion: 2, correctionReason: undefined });
    });

    it('finishes a publication that stopped after its version was stored, without a second version', async () => {
      await minutes().saveItem(secretary(), held, decision.id, note('Text.'), undefined);
      const version = await minutes().publish(secretary(), held);
      // As if the process had died before the minutes were marked published.
      const stored = (await world.store.minutes.get(held.id))!;
      await world.store.minutes.update({ ...stored, state: 'draft', publishedVersion: 0 });
      expect(await minutes().publish(secretary(), held)).toEqual(version);
      expect(await world.store.minutes.get(held.id)).toMatchObject({ state: 'published', publishedVersion: 1 });
      expect(await minutes().versions(held.id)).toEqual([version]);
    });

    it('shows a guest only the items they present, without the attendance', async () => {
      await minutes().saveItem(secretary(), held, information.id, note('Elsa redogjorde för skolvalet.'), undefined);
      const { snapshot } = await minutes().publish(secretary(), held);
      const theirs = guestSnapshot(snapshot, guest.id);
      expect(theirs.parts.flatMap((p) => p.items.map((i) => i.title))).toEqual(['Skolval 2027']);
      expect(theirs.attendance).toEqual([]);
    });
  });
});

describe('paragraphsOf', () => {
  it('splits at blank lines, keeps single line breaks and drops hidden characters', () => {
    expect(paragraphsOf('Första.\r\n\r\nAndra rad ett\nrad två\u202e\n \n\n')).toEqual(['Första.', 'Andra rad ett\nrad två']);
    expect(paragraphsOf('   ')).toEqual([]);
  });
});
