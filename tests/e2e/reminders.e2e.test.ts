import { ConnectorEmulator, type ConnectorCall } from '../support/botConnector/connectorEmulator';
import { actionData, cardText } from '../support/cards/validateCard';
import { onlyCard, onlyText, Person, preparedTeam } from '../support/conversation';
import { newTeam, newUser, type TeamFixture } from '../support/teams/activities';
import { DEFAULT_NOW, startTestApp, type TestApp } from '../support/testApp';

/**
 * The reminders a leadership group gets before a meeting, sent by the server's own
 * scheduler through the Bot Connector emulator, which enforces Teams' rate limits.
 * Time moves by the test clock; each pass runs as of the clock's time.
 */

/** What the bot posted on its own (not replies to someone's message). */
const proactive = (connector: ConnectorEmulator, conversationId: string): ConnectorCall[] =>
  connector.calls.filter((c) => c.kind === 'send' && c.conversationId === conversationId);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const cardOf = (call: ConnectorCall): any => call.activity?.attachments?.[0]?.content;
const textOf = (call: ConnectorCall | undefined): string => cardText(cardOf(call!));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const openUrls = (card: any): string[] => (card.actions ?? []).filter((a: { type: string }) => a.type === 'Action.OpenUrl').map((a: { url: string }) => a.url);

const TEAMS_LINK = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_lg1208%40thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d';

describe('reminders before a meeting', () => {
  let connector: ConnectorEmulator;
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ teamsLimits: true });
    connector = app.connector;
  });
  afterAll(() => app.close());
  beforeEach(() => app.clock.set(DEFAULT_NOW));

  const passAt = async (iso: string) => {
    app.clock.set(iso);
    return app.runReminders();
  };
  const outcomesOf = (report: Awaited<ReturnType<TestApp['runReminders']>>, team: TeamFixture) =>
    report.outcomes.filter((o) => o.entry.groupId === team.teamId).map((o) => [o.entry.kind, o.result, o.entry.reason]);

  describe('in the channel', () => {
    it('calls for items seven days before the meeting at 09.00, once, with the agenda card\'s buttons', async () => {
      const { team, member } = await preparedTeam(app);
      await passAt('2026-12-01T07:59:00Z');
      expect(proactive(connector, team.generalChannelId)).toHaveLength(0);

      expect(outcomesOf(await passAt('2026-12-01T08:00:00Z'), team)).toEqual([['agendaCall', 'sent', undefined]]);
      const [call] = proactive(connector, team.generalChannelId);
      expect(textOf(call)).toContain('Dags att anmäla punkter till mötet tisdag 8 december kl. 13.00! Sista dag är torsdag 3 december kl. 12.00.');
      expect(textOf(call)).toContain('Tisdag 8 december 2026, 13.00–16.00, Jupiter + Teams');

      await passAt('2026-12-01T09:00:00Z');
      expect(proactive(connector, team.generalChannelId)).toHaveLength(1);

      const { card } = await member.clicks('agenda.addItem', { ...actionData(cardOf(call!), 'agenda.addItem'), title: 'Skolskjuts 2027' }, team);
      expect(cardText(card)).toContain('1. Skolskjuts 2027');
    });

    it('reminds of the deadline the day before, listing what is on the agenda', async () => {
      const { team, member } = await preparedTeam(app);
      await member.inChannel(team, 'punkt Lokalförsörjning');
      await member.inChannel(team, 'kort kort Friskvårdstimmen börjar i januari.');
      await passAt('2026-12-01T08:00:00Z');
      expect(outcomesOf(await passAt('2026-12-02T08:00:00Z'), team)).toEqual([['deadlineReminder', 'sent', undefined]]);
      const text = textOf(proactive(connector, team.generalChannelId)[1]);
      expect(text).toContain('Påminnelse: sista dag för punkter är torsdag 3 december kl. 12.00.');
      expect(text).toContain('1. Lokalförsörjning');
      expect(text).toContain('• Friskvårdstimmen börjar i januari. (TK)');
    });

    it('reminds of the meeting the day before with its Teams link and the agenda', async () => {
      const { team, secretary, member } = await preparedTeam(app);
      expect(onlyText(await secretary.inChannel(team, `möte länk ${TEAMS_LINK}`))).toBe(
        'Länken till mötet tisdag 8 december 2026 är sparad. Den visas på dagordningen och i påminnelsen dagen före.',
      );
      expect(openUrls(onlyCard(await member.inChannel(team, 'dagordning')))).toEqual([TEAMS_LINK]);
      await member.inChannel(team, 'punkt Budget 2027');
      await passAt('2026-12-02T08:00:00Z');

      await passAt('2026-12-07T11:59:00Z');
      expect(proactive(connector, team.generalChannelId).map((c) => cardOf(c).body[1].text)).toHaveLength(2);
      expect(outcomesOf(await passAt('2026-12-07T12:00:00Z'), team)).toEqual([['meetingReminder', 'sent', undefined]]);
      const reminder = proactive(connector, team.generalChannelId)[2]!;
      expect(textOf(reminder)).toContain('Påminnelse: mötet är tisdag 8 december kl. 13.00, Jupiter + Teams.');
      expect(textOf(reminder)).toContain('1. Budget 2027');
      expect(openUrls(cardOf(reminder))).toEqual([TEAMS_LINK]);
      expect(reminder.activity.summary).toBe('Påminnelse: möte tisdag 8 december kl. 13.00');
    });

    it('reminds at 13.00 Swedish time the week after summer time begins', async () => {
      app.clock.set('2027-03-01T09:00:00Z');
      const { team } = await preparedTeam(app, 'möte tisdag 30 mars 2027 13-16 Jupiter');
      await passAt('2027-03-23T07:59:00Z');
      expect(proactive(connector, team.generalChannelId)).toHaveLength(0);
      // Tuesday 23 March is still winter time: 09.00 is 08.00 UTC.
      expect(outcomesOf(await passAt('2027-03-23T08:00:00Z'), team)).toEqual([['agendaCall', 'sent', undefined]]);
      await passAt('2027-03-24T08:00:00Z');
      // Monday 29 March is summer time: 13.00 is 11.00 UTC.
      await passAt('2027-03-29T10:59:00Z');
      expect(proactive(connector, team.generalChannelId)).toHaveLength(2);
      expect(outcomesOf(await passAt('2027-03-29T11:00:00Z'), team)).toEqual([['meetingReminder', 'sent', undefined]]);
      expect(textOf(proactive(connector, team.generalChannelId)[2])).toContain('Påminnelse: mötet är tisdag 30 mars kl. 13.00, Jupiter.');
    });

    it('sends nothing for a meeting that has started, and records why once', async () => {
      const { team } = await preparedTeam(app);
      const report = await passAt('2026-12-08T12:05:00Z');
      expect(outcomesOf(report, team)).toEqual([
        ['agendaCall', 'skipped', 'tooLate'],
        ['deadlineReminder', 'skipped', 'tooLate'],
        ['meetingReminder', 'skipped', 'tooLate'],
      ]);
      expect(proactive(connector, team.generalChannelId)).toHaveLength(0);
      expect(outcomesOf(await passAt('2026-12-08T12:10:00Z'), team)).toEqual([]);
    });

    it('after downtime still sends the meeting reminder before the meeting, and drops what came too late', async () => {
      const { team } = await preparedTeam(app);
      expect(outcomesOf(await passAt('2026-12-07T20:00:00Z'), team)).toEqual([
        ['agendaCall', 'skipped', 'tooLate'],
        ['deadlineReminder', 'skipped', 'tooLate'],
        ['meetingReminder', 'sent', undefined],
      ]);
      expect(proactive(connector, team.generalChannelId)).toHaveLength(1);
    });
  });

  describe('when Teams answers with an error', () => {
    it('waits as long as a 429\'s Retry-After asks, then sends', async () => {
      const { team } = await preparedTeam(app);
      connector.inject(team.generalChannelId, { status: 429, retryAfterSeconds: 1 });
      const report = await passAt('2026-12-01T08:00:00Z');
      expect(outcomesOf(report, team)).toEqual([['agendaCall', 'sent', undefined]]);
      const refused = connector.refused.filter((r) => r.conversationId === team.generalChannelId);
      const [sent] = proactive(connector, team.generalChannelId);
      expect(refused.map((r) => r.status)).toEqual([429]);
      expect(sent!.at! - refused[0]!.at).toBeGreaterThanOrEqual(990);
    });

    it('tries again after a 500, and records a failure after four', async () => {
      const first = await preparedTeam(app);
      const second = await preparedTeam(app);
      connector.inject(first.team.generalChannelId, { status: 500 });
      connector.inject(second.team.generalChannelId, { status: 500, count: 4 });
      const report = await passAt('2026-12-01T08:00:00Z');
      expect(outcomesOf(report, first.team)).toEqual([['agendaCall', 'sent', undefined]]);
      expect(outcomesOf(report, second.team)).toEqual([['agendaCall', 'failed', 'serverError']]);
      expect(proactive(connector, first.team.generalChannelId)).toHaveLength(1);
      expect(proactive(connector, second.team.generalChannelId)).toHaveLength(0);
      const failed = await app.store.outbox.listByGroup(second.team.teamId);
      expect(failed.map((e) => [e.state, e.attempts, e.detail])).toEqual([['failed', 4, '500 ServiceError, 4 tries']]);
    });

    it.each([
      [403, 'the bot was removed or blocked'],
      [404, 'the conversation is gone'],
    ])('stops writing to a channel that answers %i (%s) until the app is installed again', async (status) => {
      const { team, secretary } = await preparedTeam(app);
      connector.inject(team.generalChannelId, { status: status as 403 | 404 });
      expect(outcomesOf(await passAt('2026-12-01T08:00:00Z'), team)).toEqual([['agendaCall', 'skipped', 'undeliverable']]);
      const refusedBefore = connector.refused.length;
      expect(outcomesOf(await passAt('2026-12-02T08:00:00Z'), team)).toEqual([['deadlineReminder', 'skipped', 'undeliverable']]);
      expect(connector.refused).toHaveLength(refusedBefore);

      await secretary.installs(team);
      expect(outcomesOf(await passAt('2026-12-07T12:00:00Z'), team)).toEqual([['meetingReminder', 'sent', undefined]]);
      expect(proactive(connector, team.generalChannelId)).toHaveLength(1);
    });
  });

  describe('fastställ dagordning', () => {
    async function withItems() {
      const prepared = await preparedTeam(app);
      const { team, secretary, member } = prepared;
      const [added] = await member.inChannel(team, 'punkt Lokalförsörjning');
      await member.clicks('item.save', { ...actionData(added!.card, 'item.save'), title: 'Lokalförsörjning', section: 'beslut', presenters: 'TK, Elisabeth Svensson', minutes: '20' }, team);
      await secretary.inChannel(team, 'punkt Budget 2027');
      return prepared;
    }

    it('posts the confirmed agenda in the channel and sends each presenter their item, place and minutes', async () => {
      const { team, secretary, member } = await withItems();
      app.clock.set('2026-12-04T09:00:00Z');
      expect(onlyText(await secretary.inChannel(team, 'fastställ dagordning'))).toBe(
        'Dagordningen till mötet tisdag 8 december är fastställd. Den läggs ut i kanalen och 1 föredragande får notis. Punkter som anmäls nu markeras som sent anmälda.',
      );
      await app.remindersIdle();
      const posted = proactive(connector, team.generalChannelId);
      expect(posted).toHaveLength(1);
      expect(textOf(posted[0])).toContain('Dagordningen till mötet tisdag 8 december är fastställd.');
      expect(textOf(posted[0])).toContain('1. Lokalförsörjning');

      const chat = ConnectorEmulator.personalChatId(member.user.id);
      const [note] = proactive(connector, chat);
      expect(textOf(note)).toContain('Du är föredragande');
      expect(textOf(note)).toContain('Punkt 1 på dagordningen: Lokalförsörjning');
      expect(textOf(note)).toContain('Mötet: tisdag 8 december kl. 13.00, Jupiter + Teams');
      expect(textOf(note)).toContain('Din tid: 20 min');
      expect((await app.store.conversations.get(chat))?.userId).toBe(member.user.id);

      const [late] = await member.inChannel(team, 'punkt Kom på en sak till');
      expect(cardText(late!.card)).toContain('Sent anmäld');
    });

    it('writes to a presenter in their own chat and language when they have one', async () => {
      const { team, secretary, member } = await withItems();
      const english = new Person(app, member.user, 'en-US');
      await english.inPersonalChat('help');
      app.clock.set('2026-12-04T09:00:00Z');
      await secretary.inChannel(team, 'fastställ dagordning');
      await app.remindersIdle();
      const personal = connector.calls.filter((c) => c.kind === 'send' && c.activity?.summary === 'You are presenting: Lokalförsörjning');
      expect(personal).toHaveLength(1);
      expect(connector.calls.filter((c) => c.kind === 'createConversation' && c.activity?.members?.[0]?.id === member.user.id)).toHaveLength(0);
      expect(textOf(personal[0])).toContain('Item 1 on the agenda: Lokalförsörjning');
    });

    it('remembers a presenter Teams will not open a chat with, until they write to the bot', async () => {
      const { team, secretary, member } = await withItems();
      connector.inject(member.user.id, { status: 403 });
      app.clock.set('2026-12-04T09:00:00Z');
      await secretary.inChannel(team, 'fastställ dagordning');
      await app.remindersIdle();
      const notes = (await app.store.outbox.listByGroup(team.teamId)).filter((e) => e.kind === 'presenterNote');
      expect(notes.map((e) => [e.state, e.reason])).toEqual([['skipped', 'undeliverable']]);

      await member.inPersonalChat('dagordning');
      app.clock.set('2026-12-04T10:00:00Z');
      await secretary.inChannel(team, 'fastställ dagordning');
      await app.remindersIdle();
      const again = (await app.store.outbox.listByGroup(team.teamId)).filter((e) => e.kind === 'presenterNote');
      expect(again.map((e) => e.state)).toEqual(['skipped', 'sent']);
    });

    it('answers clearly when there is no meeting or the person lacks the role, and posts nothing', async () => {
      const team = newTeam();
      const secretary = new Person(app, newUser('Sara Lindqvist'));
      await secretary.installs(team);
      expect(onlyText(await secretary.inChannel(team, 'fastställ dagordning'))).toBe(
        'Det finns inget planerat möte vars dagordning kan fastställas. Planera ett först, till exempel: möte 8 dec 13-16 Jupiter',
      );
      const { team: other, member } = await preparedTeam(app);
      expect(onlyText(await member.inChannel(other, 'fastställ dagordning'))).toBe('Det är bara ordförande eller sekreterare som kan göra det.');
      await app.remindersIdle();
      expect(proactive(connector, team.generalChannelId)).toHaveLength(0);
      expect(proactive(connector, other.generalChannelId)).toHaveLength(0);
    });

    it('keeps ten notes to one person within Teams\' limits for one conversation', async () => {
      const { team, secretary, member } = await preparedTeam(app);
      const group = (await app.store.groups.getByTeamId(team.teamId))!;
      const meeting = (await app.store.meetings.listByGroup(group.id))[0]!;
      const tomas = (await app.store.members.findByUser(group.id, member.user.id))!;
      for (let n = 1; n <= 10; n++) {
        await app.store.items.add({
          id: crypto.randomUUID(), meetingId: meeting.id, groupId: group.id, section: 'information', title: `Punkt ${n}`, presenters: [{ name: tomas.name, initials: tomas.initials, memberId: tomas.id }],
          submittedByMemberId: tomas.id, submittedByName: tomas.name, submittedAt: '2026-11-23T09:00:00.000Z', late: false, status: 'anmald', order: n,
        });
      }
      app.clock.set('2026-12-04T09:00:00Z');
      await secretary.inChannel(team, 'fastställ dagordning');
      await app.remindersIdle();
      const chat = ConnectorEmulator.personalChatId(member.user.id);
      const notes = proactive(connector, chat);
      expect(notes).toHaveLength(10);
      expect(connector.refused.filter((r) => r.conversationId === chat)).toEqual([]);
      // Teams' windows for one conversation: 7 in 1 s and 8 in 2 s.
      const times = notes.map((n) => n.at!);
      for (let i = 7; i < times.length; i++) expect(times[i]! - times[i - 7]!).toBeGreaterThanOrEqual(1000);
      for (let i = 8; i < times.length; i++) expect(times[i]! - times[i - 8]!).toBeGreaterThanOrEqual(2000);
    });
  });

  describe('the Teams link of a meeting', () => {
    it.each([
      ['möte länk http://teams.microsoft.com/l/meetup-join/x', '"http://teams.microsoft.com/l/meetup-join/x" går inte att använda som länk till mötet.'],
      ['möte länk javascript:alert(1)', '"javascript:alert(1)" går inte att använda som länk till mötet.'],
      ['möte länk Teams-mötet', '"Teams-mötet" går inte att använda som länk till mötet.'],
      ['möte länk https://user:pass@teams.microsoft.com/x', 'går inte att använda som länk till mötet.'],
      ['möte länk', '"" går inte att använda som länk till mötet.'],
    ])('"%s" is answered with "%s" and stores nothing', async (command, expected) => {
      const { team, secretary } = await preparedTeam(app);
      expect(onlyText(await secretary.inChannel(team, command))).toContain(expected);
      const [meeting] = await app.store.meetings.listByGroup(team.teamId);
      expect(meeting!.joinLink).toBeUndefined();
    });

    it('is planned together with the meeting, and only by the chair or secretary', async () => {
      const { team, secretary, member } = await preparedTeam(app, `möte 8 dec 13-16 Jupiter + Teams länk ${TEAMS_LINK}`);
      expect(openUrls(onlyCard(await member.inChannel(team, 'dagordning')))).toEqual([TEAMS_LINK]);
      expect(onlyText(await member.inChannel(team, 'möte länk https://teams.microsoft.com/l/other'))).toBe('Det är bara ordförande eller sekreterare som kan göra det.');
      expect(onlyText(await secretary.inChannel(team, 'möte 8 dec länk https://meet.example.org/lg'))).toContain('Länken till mötet tisdag 8 december 2026 är sparad.');
      expect(openUrls(onlyCard(await member.inChannel(team, 'dagordning')))).toEqual(['https://meet.example.org/lg']);
    });
  });
});
