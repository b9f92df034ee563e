import { type AgendaService, buildAgendaView, canEdit } from '../../../bot/src/domain/agenda';
import { DomainError } from '../../../bot/src/domain/errors';
import { editableOf, formTextOf, readItemForm, type EditableFields } from '../../../bot/src/domain/itemFields';
import type { AgendaItem, Meeting, Member } from '../../../bot/src/domain/model';
import { ValidationError } from '../../../bot/src/domain/validation';
import { createWorld, itemFixture, meetingFixture, ONE_TO_FOUR, TUESDAY_8_DEC, rejects, type World } from './fixtures';

describe('buildAgendaView', () => {
  const meeting = meetingFixture();

  it('groups live items by section in agenda order, each section in its own order', () => {
    const view = buildAgendaView(meeting, [
      itemFixture({ id: 'info-2', section: 'information', title: 'Elevhälsans årsrapport', order: 20 }),
      itemFixture({ id: 'beslut-1', section: 'beslut', title: 'Budget 2027 för förskolan', order: 30 }),
      itemFixture({ id: 'info-1', section: 'information', title: 'Ny rutin för tillbud', order: 10 }),
      itemFixture({ id: 'fast-1', section: 'fast', title: 'Inledning', order: 40 }),
      itemFixture({ id: 'disk-1', section: 'diskussion', title: 'Kompetensdag i mars', order: 5 }),
    ]);
    expect(view.sections.map((s) => [s.section, s.items.map((i) => i.id)])).toEqual([
      ['fast', ['fast-1']],
      ['beslut', ['beslut-1']],
      ['information', ['info-1', 'info-2']],
      ['diskussion', ['disk-1']],
    ]);
  });

  it('leaves out empty sections and lists kort, kort apart', () => {
    const view = buildAgendaView(meeting, [
      itemFixture({ id: 'info', section: 'information' }),
      itemFixture({ id: 'notis', section: 'kortkort', title: 'Anmälan till kompetensdagen stänger fredag' }),
    ]);
    expect(view.sections.map((s) => s.section)).toEqual(['information']);
    expect(view.notices.map((n) => n.id)).toEqual(['notis']);
  });

  it('lists moved and rejected items apart and does not count their minutes', () => {
    const view = buildAgendaView(meeting, [
      itemFixture({ id: 'a', minutes: 30, status: 'anmald' }),
      itemFixture({ id: 'g', minutes: 45, status: 'godkand', section: 'beslut' }),
      itemFixture({ id: 'f', minutes: 60, status: 'flyttad' }),
      itemFixture({ id: 'r', minutes: 20, status: 'avvisad', section: 'beslut' }),
      itemFixture({ id: 'n', section: 'kortkort' }),
    ]);
    expect(view.plannedMinutes).toBe(75);
    expect(view.setAside.map((i) => i.id)).toEqual(['f', 'r']);
    expect(view.sections.flatMap((s) => s.items.map((i) => i.id))).toEqual(['g', 'a']);
    expect(view.notices.map((i) => i.id)).toEqual(['n']);
  });

  it('treats items without an estimate as zero minutes and knows the meeting length', () => {
    const view = buildAgendaView(meeting, [itemFixture({ minutes: undefined }), itemFixture({ minutes: 25 })]);
    expect(view.plannedMinutes).toBe(25);
    expect(view.meetingMinutes).toBe(180);
  });

  it('sorts items with the same order by submission time', () => {
    const view = buildAgendaView(meeting, [
      itemFixture({ id: 'second', order: 1, submittedAt: '2026-11-24T10:00:00.000Z' }),
      itemFixture({ id: 'first', order: 1, submittedAt: '2026-11-23T10:00:00.000Z' }),
    ]);
    expect(view.sections[0]!.items.map((i) => i.id)).toEqual(['first', 'second']);
  });
});

describe('readItemForm', () => {
  const meeting = meetingFixture();

  it('reads a filled-in form', () => {
    const fields = readItemForm(
      { title: ' Budget 2027 ', section: 'beslut', presenters: 'Elin Strand', minutes: '30', description: 'Förslag till ram.', link: 'https://norrby.se/budget' },
      { meeting, members: [] },
    );
    expect(fields).toEqual({
      title: 'Budget 2027',
      section: 'beslut',
      presenters: [{ name: 'Elin Strand', initials: 'ES' }],
      minutes: 30,
      description: 'Förslag till ram.',
      link: 'https://norrby.se/budget',
    });
  });

  it('reports every problem of a form at once', () => {
    let caught: unknown;
    try {
      readItemForm({ title: '', section: 'okänd', minutes: '500', link: 'budget.docx' }, { meeting, members: [] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect((caught as ValidationError).problems.map((p) => p.code)).toEqual(['titleMissing', 'unknownSection', 'minutesOutOfRange', 'linkInvalid']);
  });
});

describe('AgendaService', () => {
  let world: World;
  let agenda: AgendaService;
  let meeting: Meeting;

  beforeEach(async () => {
    world = await createWorld();
    agenda = world.services.agenda;
    meeting = await world.services.meetings.plan(world.as(world.chair), { date: TUESDAY_8_DEC, ...ONE_TO_FOUR, place: 'Saturnus + Teams' });
  });
  afterEach(() => world.store.close());

  describe('addItem', () => {
    it('adds an information item in the member’s name, on time before the deadline', async () => {
      const item = await agenda.addItem(meeting, world.tove, '  Ny rutin för   tillbud ');
      expect(item).toMatchObject({
        meetingId: meeting.id,
        groupId: world.group.id,
        title: 'Ny rutin för tillbud',
        section: 'information',
        presenters: [],
        submittedByMemberId: world.tove.id,
        submittedByName: 'Tove Kvist',
        submittedAt: '2026-11-22T09:00:00.000Z',
        late: false,
        status: 'anmald',
      });
      expect(await world.store.items.get(item.id)).toEqual(item);
    });

    it('is on time exactly at the deadline and late just after it', async () => {
      world.clock.set('2026-12-03T11:00:00.000Z');
      expect((await agenda.addItem(meeting, world.tove, 'I sista stund')).late).toBe(false);
      world.clock.set('2026-12-03T11:00:01.000Z');
      const late = await agenda.addItem(meeting, world.tove, 'Efter deadline');
      expect(late.late).toBe(true);
      expect((await world.store.items.get(late.id))?.late).toBe(true);
    });

    it('follows a deadline the secretary moved', async () => {
      const moved = await world.services.meetings.setDeadline(world.as(world.secretary), meeting, { year: 2026, month: 11, day: 25 }, { hour: 12, minute: 0 });
      world.clock.set('2026-11-26T08:00:00.000Z');
      expect((await agenda.addItem(moved, world.tove, 'Efter flyttad deadline')).late).toBe(true);
    });

    it('is closed once the meeting has started', async () => {
      world.clock.set('2026-12-08T12:00:00.000Z');
      await rejects(agenda.addItem(meeting, world.tove, 'För sent'), 'meetingClosed');
      await rejects(agenda.addNotice(meeting, world.tove, 'För sent'), 'meetingClosed');
      expect(await world.store.items.listByMeeting(meeting.id)).toEqual([]);
    });

    it('is closed for a cancelled meeting', async () => {
      await rejects(agenda.addItem({ ...meeting, status: 'installt' }, world.tove, 'Budget'), 'meetingClosed');
    });

    it('asks for a title and stores nothing without one', async () => {
      await rejects(agenda.addItem(meeting, world.tove, '   '), 'titleMissing');
      expect(await world.store.items.listByMeeting(meeting.id)).toEqual([]);
    });

    it('keeps submission order on the agenda', async () => {
      await agenda.addItem(meeting, world.tove, 'Först');
      world.clock.set('2026-11-23T09:00:00.000Z');
      await agenda.addItem(meeting, world.orjan, 'Sedan');
      const view = await agenda.agenda(meeting);
      expect(view.sections[0]!.items.map((i) => i.title)).toEqual(['Först', 'Sedan']);
    });
  });

  describe('addNotice', () => {
    it('adds a kort, kort notice with the sender as presenter', async () => {
      const notice = await agenda.addNotice(meeting, world.orjan, 'Anmälan till kompetensdagen stänger fredag');
      expect(notice).toMatchObject({
        section: 'kortkort',
        title: 'Anmälan till kompetensdagen stänger fredag',
        presenters: [{ name: 'Örjan Åkesson', initials: 'ÖÅ', memberId: world.orjan.id }],
        late: false,
      });
      const view = await agenda.agenda(meeting);
      expect(view.notices.map((n) => n.id)).toEqual([notice.id]);
      expect(view.sections).toEqual([]);
    });

    it('marks a notice after the deadline as late but still takes it', async () => {
      world.clock.set('2026-12-07T15:00:00.000Z');
      expect((await agenda.addNotice(meeting, world.orjan, 'Påminnelse om utbildningen')).late).toBe(true);
    });

    it('refuses an empty or over-long notice', async () => {
      await rejects(agenda.addNotice(meeting, world.orjan, ''), 'noticeMissing');
      await rejects(agenda.addNotice(meeting, world.orjan, 'x'.repeat(256)), 'noticeTooLong');
    });
  });

  describe('editItem', () => {
    let item: AgendaItem;
    const change = (from: AgendaItem, fields: Partial<EditableFields>): EditableFields => ({ ...editableOf(from), ...fields });
    /** A member saves the item card showing `fields`, from the card's `base`. */
    const save = async (from: AgendaItem, member: Member, fields: EditableFields, base?: Partial<EditableFields>): Promise<AgendaItem> =>
      agenda.editItem(world.as(member), from, meeting, await world.store.members.listByGroup(world.group.id), formTextOf(fields), base);

    beforeEach(async () => {
      item = await agenda.addItem(meeting, world.tove, 'Budget 2027');
    });

    it('lets the submitter fill in the details', async () => {
      const saved = await save(item, world.tove, change(item, { section: 'beslut', minutes: 30, description: 'Förslag till ram' }), editableOf(item));
      expect(saved).toMatchObject({ section: 'beslut', minutes: 30, description: 'Förslag till ram', title: 'Budget 2027' });
      expect(await world.store.items.get(item.id)).toMatchObject({ section: 'beslut', minutes: 30, version: saved.version });
    });

    it('lets a presenter, the chair and the secretary edit, but no other member, who is refused before the form is read', async () => {
      const withPresenter = await save(item, world.tove, change(item, { presenters: [{ name: 'Maja Berg Holm', initials: 'MBH', memberId: world.secretary.id }, { name: 'Örjan Åkesson', initials: 'ÖÅ', memberId: world.orjan.id }] }));
      // Örjan is now a presenter and may edit.
      const byPresenter = await save(withPresenter, world.orjan, change(withPresenter, { minutes: 15 }));
      const byChair = await save(byPresenter, world.chair, change(byPresenter, { section: 'beslut' }));
      const bySecretary = await save(byChair, world.secretary, change(byChair, { title: 'Budget 2027 – förslag' }));
      expect(bySecretary).toMatchObject({ minutes: 15, section: 'beslut', title: 'Budget 2027 – förslag' });

      const other = await world.store.members.add({ id: 'lena', groupId: world.group.id, userId: '29:lena', name: 'Lena Ström', initials: 'LS', role: 'ledamot', membership: 'LG' });
      await rejects(save(bySecretary, other, change(bySecretary, { title: 'Kapad' })), 'notAllowedToEdit');
      await rejects(agenda.editItem(world.as(other), bySecretary, meeting, [], { title: 'x'.repeat(1_000_000), presenters: ' '.repeat(1_000_000) }), 'notAllowedToEdit');
      expect((await world.store.items.get(item.id))?.title).toBe('Budget 2027 – förslag');
    });

    it('canEdit follows the same rule', () => {
      expect(canEdit(world.tove, item)).toBe(true);
      expect(canEdit(world.chair, item)).toBe(true);
      expect(canEdit(world.secretary, item)).toBe(true);
      expect(canEdit(world.orjan, item)).toBe(false);
    });

    it('refuses edits once the meeting has started', async () => {
      world.clock.set('2026-12-08T12:30:00.000Z');
      await rejects(save(item, world.tove, change(item, { title: 'Sent' })), 'meetingClosed');
    });

    it('keeps both changes when someone else changed another field in between', async () => {
      const shown = editableOf(item);
      await save(item, world.secretary, change(item, { minutes: 20 }), shown);
      // Tove saves from her card, which still shows the old item.
      const saved = await save(item, world.tove, { ...shown, title: 'Budget 2027 för förskolan' }, shown);
      expect(saved).toMatchObject({ title: 'Budget 2027 för förskolan', minutes: 20 });
      expect(await world.store.items.get(item.id)).toMatchObject({ title: 'Budget 2027 för förskolan', minutes: 20 });
    });

    it('keeps both changes when given the latest item and what the card showed', async () => {
      const shown = editableOf(item);
      const latest = await save(item, world.secretary, change(item, { description: 'Underlag kommer' }), shown);
      const saved = await save(latest, world.tove, { ...shown, section: 'beslut' }, shown);
      expect(saved).toMatchObject({ section: 'beslut', description: 'Underlag kommer' });
    });

    it('keeps the other change when the card’s base has travelled as JSON (empty fields dropped)', async () => {
      // A card round trip drops undefined: the base comes back without minutes, description or link.
      const shown = JSON.parse(JSON.stringify(editableOf(item))) as Partial<EditableFields>;
      expect('minutes' in shown).toBe(false);
      const latest = await save(item, world.secretary, change(item, { minutes: 20, link: 'https://norrby.se/budget' }), editableOf(item));
      const mine: EditableFields = { ...editableOf(item), title: 'Budget 2027 för förskolan' };
      const saved = await save(latest, world.tove, mine, shown);
      expect(saved).toMatchObject({ title: 'Budget 2027 för förskolan', minutes: 20, link: 'https://norrby.se/budget' });
    });

    it('refuses to overwrite a field someone else changed differently, and writes nothing', async () => {
      const shown = editableOf(item);
      await save(item, world.secretary, change(item, { title: 'Budget 2027 (sekr.)' }), shown);
      let caught: unknown;
      try {
        await save(item, world.tove, { ...shown, title: 'Budget 2027 (TK)', minutes: 40 }, shown);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(DomainError);
      expect((caught as DomainError).code).toBe('concurrentEdit');
      expect((caught as DomainError).params.title).toBe('Budget 2027 (sekr.)');
      const stored = await world.store.items.get(item.id);
      expect(stored).toMatchObject({ title: 'Budget 2027 (sekr.)', version: '2' });
      expect(stored?.minutes).toBeUndefined();
    });

    it('does not call it a conflict when both made the same change', async () => {
      const shown = editableOf(item);
      await save(item, world.secretary, change(item, { section: 'beslut' }), shown);
      const saved = await save(item, world.tove, { ...shown, section: 'beslut', minutes: 10 }, shown);
      expect(saved).toMatchObject({ section: 'beslut', minutes: 10 });
    });

    it('reports a removed item instead of recreating it', async () => {
      const shown = editableOf(item);
      await save(item, world.secretary, change(item, { minutes: 5 }), shown);
      await world.store.items.remove(item.id);
      await rejects(save(item, world.tove, { ...shown, title: 'Ny rubrik' }, shown), 'itemGone');
    });
  });
});
