import { CARD_CONTENT_TYPE } from '../../bot/src/cards/elements';
import { actionData, cardText, inputValue } from '../support/cards/validateCard';
import { onlyCard, preparedTeam, type Person } from '../support/conversation';
import type { TeamFixture } from '../support/teams/activities';
import { startTestApp, type TestApp } from '../support/testApp';

describe('cards that change in place', () => {
  let app: TestApp;
  let team: TeamFixture;
  let secretary: Person;
  let member: Person;

  beforeAll(async () => {
    app = await startTestApp();
    ({ team, secretary, member } = await preparedTeam(app, 'möte 8 dec 13-16 Jupiter'));
  });
  afterAll(() => app.close());

  it('updates the card message itself when the client falls back to Action.Submit', async () => {
    const card = onlyCard(await member.inChannel(team, 'punkt Skolskjuts'));
    const calls = await member.submits({ ...actionData(card, 'item.save'), title: 'Skolskjuts 2027', section: 'diskussion', minutes: '15' }, 'activity-42', team);
    const update = calls.find((c) => c.kind === 'update');
    expect(update?.activityId).toBe('activity-42');
    const updated = update!.activity.attachments[0];
    expect(updated.contentType).toBe(CARD_CONTENT_TYPE);
    expect(inputValue(updated.content, 'title')).toBe('Skolskjuts 2027');
    expect(cardText(updated.content)).toMatch(/✔ Sparat/);
    expect(calls.filter((c) => c.kind === 'send' || c.kind === 'reply')).toHaveLength(0);
  });

  it('merges two people\'s edits of different fields made from the same card', async () => {
    const card = onlyCard(await member.inChannel(team, 'punkt Kompetensutveckling'));
    const stale = actionData(card, 'item.save');
    const form = { title: 'Kompetensutveckling', section: 'information', presenters: '', minutes: '', description: '', link: '' };
    await member.clicks('item.save', { ...stale, ...form, minutes: '30' }, team);
    const { card: merged } = await secretary.clicks('item.save', { ...stale, ...form, section: 'beslut' }, team);
    expect(cardText(merged)).toMatch(/✔ Sparat/);
    expect(inputValue(merged, 'section')).toBe('beslut');
    expect(inputValue(merged, 'minutes')).toBe(30);
  });

  it('tells the second person when both changed the same field, and shows the latest', async () => {
    const card = onlyCard(await member.inChannel(team, 'punkt Lokaler'));
    const stale = actionData(card, 'item.save');
    const form = { title: 'Lokaler', section: 'information', presenters: '', minutes: '', description: '', link: '' };
    await member.clicks('item.save', { ...stale, ...form, minutes: '20' }, team);
    const { card: conflict } = await secretary.clicks('item.save', { ...stale, ...form, minutes: '45' }, team);
    expect(cardText(conflict)).toContain('Någon annan ändrade punkten "Lokaler" samtidigt.');
    expect(inputValue(conflict, 'minutes')).toBe(20);
    const group = await app.store.groups.getByTeamId(team.teamId);
    const [meeting] = await app.store.meetings.listByGroup(group!.id);
    const stored = (await app.store.items.listByMeeting(meeting!.id)).find((i) => i.title === 'Lokaler');
    expect(stored?.minutes).toBe(20);
  });

  it('refuses changes once the meeting has started', async () => {
    const card = onlyCard(await member.inChannel(team, 'punkt Sista minuten'));
    app.clock.set('2026-12-08T12:30:00Z');
    try {
      const { card: answer } = await member.clicks('item.save', { ...actionData(card, 'item.save'), title: 'Sista minuten', section: 'information' }, team);
      expect(cardText(answer)).toContain('Mötet har redan börjat eller är avslutat');
    } finally {
      app.clock.set('2026-11-22T09:00:00Z');
    }
  });
});
