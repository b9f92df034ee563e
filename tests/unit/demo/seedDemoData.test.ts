import { buildAgendaView } from '../../../bot/src/domain/agenda';
import { DEMO_TEAM } from '../../../bot/src/demo/demoGroup';
import { seedDemoData } from '../../../bot/src/demo/seedDemoData';
import { SqliteStore } from '../../../bot/src/stores/sqlite/sqliteStore';

describe('the demo group', () => {
  let store: SqliteStore;
  beforeEach(() => {
    store = SqliteStore.open(':memory:');
  });
  afterEach(() => store.close());

  it('is seeded once, as people would set it up: roles, groups, a coming meeting and a full agenda', async () => {
    // Wednesday 25 November 2026: the next Tuesday is 1 December, its agenda deadline Thursday 26 November.
    const now = new Date('2026-11-25T09:00:00.000Z');
    expect(await seedDemoData({ store, now: () => now })).toBe(true);
    expect(await seedDemoData({ store, now: () => now })).toBe(false);

    const group = (await store.groups.getByTeamId(DEMO_TEAM.teamId))!;
    const members = await store.members.listByGroup(group.id);
    const byName = Object.fromEntries(members.map((m) => [m.name, `${m.initials} ${m.role} ${m.membership}`]));
    expect(byName['Sara Lindqvist']).toBe('SL sekreterare LG');
    expect(byName['Jonas Berglund']).toBe('JB ordforande LG');
    expect(byName['Birgitta Hed']).toBe('BH ledamot SG');
    expect(byName['Elin Rask']).toBe('ER ledamot gast');
    expect(members).toHaveLength(17);

    const [meeting] = await store.meetings.listUpcoming(group.id, now.toISOString());
    expect(meeting).toMatchObject({ startsAt: '2026-12-01T12:00:00.000Z', place: 'Jupiter + Teams', online: true });
    const view = buildAgendaView(meeting!, await store.items.listByMeeting(meeting!.id));
    expect(view.sections.map((s) => s.section)).toEqual(['fast', 'beslut', 'information', 'diskussion']);
    expect(view.sections[0]!.items.map((i) => i.title)).toEqual(['Inledning och incheckning', 'Ego-föredrag', 'Summering och utcheckning']);
    expect(view.notices.map((n) => n.presenters[0]!.initials)).toEqual(['SL', 'EN']);
    expect(view.plannedMinutes).toBe(170);
    // Submitted over the past days, never in the future; the deadline had not passed, so nothing is late.
    const items = await store.items.listByMeeting(meeting!.id);
    expect(items.every((i) => i.submittedAt <= now.toISOString() && !i.late)).toBe(true);
    const decision = items.find((i) => i.section === 'beslut')!;
    expect(decision).toMatchObject({ presenters: [{ name: 'Karin Holmgren', initials: 'KH' }], minutes: 20, link: expect.stringContaining('https://') });

    // The chair asks whether the decision item can be decided; three have answered.
    const [request] = await store.feedbackRequests.listByMeeting(meeting!.id);
    expect(request).toMatchObject({ itemId: decision.id, ownerName: 'Jonas Berglund', kind: 'yesNo', deadline: '2026-11-30T11:00:00.000Z' });
    expect((await store.feedbackAnswers.listByRequest(request!.id)).map((a) => a.name).sort()).toEqual(['Eva Nordin', 'Karin Holmgren', 'Mats Ekström']);
  });

  it('has the last meeting\'s minutes published: attendance, notes, a decision, actions, and an item taken up again at the next meeting', async () => {
    const now = new Date('2026-11-22T09:00:00.000Z');
    await seedDemoData({ store, now: () => now });
    const [past, next] = (await store.meetings.listByGroup(DEMO_TEAM.teamId)).slice(-2);
    expect(past).toMatchObject({ startsAt: '2026-11-10T12:00:00.000Z', place: 'Jupiter' });
    expect(next).toMatchObject({ startsAt: '2026-11-24T12:00:00.000Z' });
    expect(await store.minutes.get(past!.id)).toMatchObject({ state: 'published', publishedVersion: 1, takenBy: { name: 'Sara Lindqvist' } });
    const [version] = await store.minutesVersions.listByMeeting(past!.id);
    expect(version).toMatchObject({ number: 1, publishedAt: '2026-11-11T08:00:00.000Z', publishedBy: { name: 'Sara Lindqvist' } });
    const { snapshot } = version!;
    const presence = Object.fromEntries(snapshot.attendance.map((a) => [a.name, `${a.group} ${a.presence}${a.part ? ` ${a.part}` : ''}`]));
    expect(presence).toMatchObject({ 'Jonas Berglund': 'LG present', 'Peter Åberg': 'LG absent', 'Mats Ekström': 'LG remote', 'Ingrid Moberg': 'SG partTime 13–15.00', 'Elin Rask': 'extra partTime punkt 4' });
    const items = snapshot.parts.flatMap((p) => p.items);
    expect(items.map((i) => i.number ?? '–')).toEqual([1, 2, 3, 4, '–', 6]);
    expect(items[1]!.decisions).toEqual([expect.stringContaining('Ledningsgruppen beslutade')]);
    expect(items[1]!.actions).toEqual([expect.objectContaining({ owner: expect.objectContaining({ name: 'Karin Holmgren' }), due: '2026-11-17' })]);
    expect(items[2]!.followUps).toEqual([{ targetMeetingId: next!.id, startsAt: next!.startsAt }]);
    // The item taken up again is the next meeting's decision item, marked as a follow-up.
    const decision = (await store.items.listByMeeting(next!.id)).find((i) => i.section === 'beslut')!;
    expect(decision).toMatchObject({ title: 'Rutin för tillfälligt lån av medarbetare', followUpOf: items[2]!.itemId, minutes: 20 });
    expect((await store.actions.listByMeeting(past!.id)).map((a) => a.owner.name)).toEqual(['Karin Holmgren', 'Lena Sjöberg', 'Sara Lindqvist']);
  });

  it('has the autumn term before it held and published: decisions, a corrected version, follow-ups, and actions done, open and overdue', async () => {
    // Wednesday 2 December 2026: the last meeting was on 24 November, the next is on 8 December.
    const now = new Date('2026-12-02T10:00:00.000Z');
    const today = '2026-12-02';
    await seedDemoData({ store, now: () => now });
    const meetings = await store.meetings.listByGroup(DEMO_TEAM.teamId);
    const days = meetings.map((m) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', weekday: 'short', day: 'numeric', month: 'numeric' }).format(new Date(m.startsAt)));
    expect(days).toEqual(['tis 18/8', 'tis 1/9', 'tis 15/9', 'tis 29/9', 'tis 13/10', 'tis 27/10', 'tis 10/11', 'tis 24/11', 'tis 8/12']);
    const term = meetings.slice(0, 7);

    const published = await Promise.all(term.map((m) => store.minutes.get(m.id)));
    expect(published.map((m) => `${m!.state} v${m!.publishedVersion}`)).toEqual(['published v1', 'published v1', 'published v1', 'published v2', 'published v1', 'published v1', 'published v1']);
    // The corrected meeting keeps both versions: the first as published, the second with its reason.
    const [first, second] = await store.minutesVersions.listByMeeting(term[3]!.id);
    const decisionOf = (version: typeof first) => version!.snapshot.parts.flatMap((p) => p.items).flatMap((i) => i.decisions).join(' ');
    expect(decisionOf(first)).toContain('60 procent');
    expect(second).toMatchObject({ number: 2, reason: expect.stringContaining('70/30') });
    expect(decisionOf(second)).toContain('70 procent');

    const snapshots = await Promise.all(term.map(async (m) => (await store.minutesVersions.listByMeeting(m.id)).at(-1)!.snapshot));
    const decisions = snapshots.flatMap((s) => s.parts.flatMap((p) => p.items).flatMap((i) => i.decisions));
    expect(decisions).toHaveLength(4);
    expect(decisions.every((d) => d.startsWith('Ledningsgruppen beslutade'))).toBe(true);
    // The steering group is listed only when it joined, guests never; someone is away at every meeting.
    expect(snapshots.map((s) => s.attendance.filter((a) => a.group === 'SG').length)).toEqual([3, 3, 0, 3, 3, 0, 3]);
    expect(snapshots.every((s) => s.attendance.every((a) => a.group !== 'extra') && s.attendance.some((a) => a.presence !== 'present'))).toBe(true);
    expect(snapshots[3]!.attendance).toContainEqual(expect.objectContaining({ name: 'Ingrid Moberg', group: 'SG', presence: 'absent' }));

    // Two items are taken up again at the next meeting, where they are decided.
    const followUps = (await Promise.all(term.map((m) => store.followUps.listByMeeting(m.id)))).flat();
    expect(followUps.map((f) => [meetings.findIndex((m) => m.id === f.meetingId), meetings.findIndex((m) => m.id === f.targetMeetingId)])).toEqual([[1, 2], [4, 5]]);
    for (const followUp of followUps) expect(await store.items.get(followUp.agendaItemId)).toMatchObject({ section: 'beslut', followUpOf: followUp.itemId });

    const actions = (await Promise.all(term.map((m) => store.actions.listByMeeting(m.id)))).flat();
    const open = actions.filter((a) => !a.done);
    expect(actions.filter((a) => a.done).every((a) => a.due! < today)).toBe(true);
    expect(actions.filter((a) => a.done)).toHaveLength(8);
    expect(open.filter((a) => a.due && a.due < today).map((a) => a.owner.name).sort()).toEqual(['Ahmed Karimi', 'Maria Dahl Persson', 'Nils Forsberg']);
    expect(open.filter((a) => !a.due || a.due >= today).map((a) => a.owner.name).sort()).toEqual(['Ahmed Karimi', 'Oskar Wikström', 'Peter Åberg']);
  });

  it('marks the late item late when the agenda deadline has already passed', async () => {
    // Sunday 29 November: the meeting is on Tuesday 1 December, its deadline (Thursday 26 November 12.00) is behind us.
    const now = new Date('2026-11-29T09:00:00.000Z');
    await seedDemoData({ store, now: () => now });
    const [meeting] = await store.meetings.listUpcoming(DEMO_TEAM.teamId, now.toISOString());
    const late = (await store.items.listByMeeting(meeting!.id)).filter((i) => i.late).map((i) => [i.title, i.submittedAt]);
    expect(late).toEqual([['Uppföljning av nyanlända elevers kartläggning', '2026-11-26T12:00:00.000Z']]);
  });
});
