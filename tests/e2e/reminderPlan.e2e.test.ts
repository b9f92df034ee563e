import { actionData, cardText, inputValue } from '../support/cards/validateCard';
import { onlyCard, preparedTeam } from '../support/conversation';
import { DEFAULT_NOW, startTestApp, type TestApp } from '../support/testApp';

/** `påminnelser`: the group's reminder plan, read by everyone and changed by the chair or secretary in the card. */
describe('the reminder plan', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ teamsLimits: true });
  });
  afterAll(() => app.close());
  beforeEach(() => app.clock.set(DEFAULT_NOW));

  const plan = { agendaCallEnabled: 'true', agendaCallDays: '7', agendaCallTime: '09:00', deadlineReminderEnabled: 'true', deadlineReminderDays: '1', deadlineReminderTime: '09:00', meetingReminderEnabled: 'true', meetingReminderDays: '1', meetingReminderTime: '13:00' };
  const channelPosts = (channel: string) => app.connector.calls.filter((c) => c.kind === 'send' && c.conversationId === channel);

  it('shows everyone the Swedish defaults and when they go out for the next meeting', async () => {
    const { team, member } = await preparedTeam(app);
    const card = onlyCard(await member.inChannel(team, 'påminnelser'));
    const text = cardText(card);
    expect(text).toContain('Påminnelser – Ledningsgruppen');
    expect(text).toContain('Kallelse till punkter\n7 dagar före mötet kl. 09.00');
    expect(text).toContain('Påminnelse om sista dag\n1 dag före sista dag för punkter kl. 09.00');
    expect(text).toContain('Påminnelse om mötet\n1 dag före mötet kl. 13.00');
    expect(text).toContain('Inför nästa möte, tisdag 8 december:');
    expect(text).toContain('Kallelse till punkter: tisdag 1 december kl. 09.00');
    expect(text).toContain('Påminnelse om mötet: måndag 7 december kl. 13.00');
    expect(text).toContain('Ordförande eller sekreterare ändrar påminnelserna.');
    expect(card.actions).toBeUndefined();
  });

  it('lets the secretary turn a reminder off and move another, and the passes follow the new plan', async () => {
    const { team, secretary } = await preparedTeam(app);
    const card = onlyCard(await secretary.inChannel(team, 'påminnelser'));
    expect(inputValue(card, 'meetingReminderTime')).toBe('13:00');
    const { card: saved } = await secretary.clicks('reminders.save', {
      ...actionData(card, 'reminders.save'), ...plan, deadlineReminderEnabled: 'false', meetingReminderDays: '2', meetingReminderTime: '15:30',
    }, team);
    expect(cardText(saved)).toContain('✔ Påminnelserna sparades');
    expect(cardText(saved)).toContain('Påminnelse om sista dag\nAvstängd');
    expect(cardText(saved)).toContain('Påminnelse om mötet\n2 dagar före mötet kl. 15.30');

    for (const at of ['2026-12-01T08:00:00Z', '2026-12-02T08:00:00Z', '2026-12-06T14:29:00Z']) {
      app.clock.set(at);
      await app.runReminders();
    }
    expect(channelPosts(team.generalChannelId).map((c) => c.activity.summary)).toEqual(['Anmäl punkter till mötet tisdag 8 december']);
    app.clock.set('2026-12-06T14:30:00Z');
    await app.runReminders();
    expect(channelPosts(team.generalChannelId).map((c) => c.activity.summary)).toEqual(['Anmäl punkter till mötet tisdag 8 december', 'Påminnelse: möte tisdag 8 december kl. 13.00']);
  });

  it.each([
    [{ agendaCallDays: '0' }, '"0" går inte att använda som antal dagar. Ange ett heltal från 1 till 14.'],
    [{ meetingReminderDays: '30', deadlineReminderTime: '25:00' }, 'Jag förstår inte klockslaget "25:00".'],
    [{ deadlineReminderTime: 'lunch' }, 'Jag förstår inte klockslaget "lunch". Skriv till exempel 09:00 eller 13.30.'],
  ])('answers a plan with %j clearly, keeps what was typed and stores nothing', async (change, expected) => {
    const { team, secretary } = await preparedTeam(app);
    const card = onlyCard(await secretary.inChannel(team, 'påminnelser'));
    const { card: answer } = await secretary.clicks('reminders.save', { ...actionData(card, 'reminders.save'), ...plan, ...change }, team);
    expect(cardText(answer)).toContain(expected);
    for (const [id, value] of Object.entries(change)) {
      if (!id.endsWith('Days')) expect(inputValue(answer, id)).toBe(value);
    }
    expect(await app.store.reminderPlans.get(team.teamId)).toBeUndefined();
  });

  it('refuses a reminder time that has already passed for the next meeting, and stores nothing', async () => {
    const { team, secretary } = await preparedTeam(app);
    app.clock.set('2026-12-07T10:00:00Z');
    const card = onlyCard(await secretary.inChannel(team, 'påminnelser'));
    const { card: answer } = await secretary.clicks('reminders.save', { ...actionData(card, 'reminders.save'), ...plan, meetingReminderTime: '09:00' }, team);
    expect(cardText(answer)).toContain('Påminnelsen om mötet inför nästa möte skulle gå ut måndag 7 december kl. 09.00, och den tiden har redan varit.');
    expect(await app.store.reminderPlans.get(team.teamId)).toBeUndefined();
  });

  it('refuses a change from a member without the role, and stores nothing', async () => {
    const { team, secretary, member } = await preparedTeam(app);
    // In the channel everyone sees the card the secretary asked for.
    const card = onlyCard(await secretary.inChannel(team, 'påminnelser'));
    const { card: answer } = await member.clicks('reminders.save', { ...actionData(card, 'reminders.save'), ...plan, agendaCallEnabled: 'false' }, team);
    expect(cardText(answer)).toContain('Det är bara ordförande eller sekreterare som kan göra det.');
    expect(cardText(answer)).toContain('Kallelse till punkter\n7 dagar före mötet kl. 09.00');
    expect(await app.store.reminderPlans.get(team.teamId)).toBeUndefined();
  });

  it('tells the second of two secretaries saving at once to look again', async () => {
    const { team, secretary } = await preparedTeam(app);
    const card = onlyCard(await secretary.inChannel(team, 'påminnelser'));
    const data = actionData(card, 'reminders.save');
    await secretary.clicks('reminders.save', { ...data, ...plan, agendaCallDays: '10' }, team);
    const { card: answer } = await secretary.clicks('reminders.save', { ...data, ...plan, agendaCallDays: '5' }, team);
    expect(cardText(answer)).toContain('Någon annan ändrade påminnelserna samtidigt.');
    expect(cardText(answer)).toContain('Kallelse till punkter\n10 dagar före mötet kl. 09.00');
  });
});
