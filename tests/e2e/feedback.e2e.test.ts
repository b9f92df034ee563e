import { actionData, cardText, inputValue } from '../support/cards/validateCard';
import { onlyCard } from '../support/conversation';
import { ask, cardOf, channelCard, feedbackTeam, formValues, proactive, updatesOf } from '../support/feedback';
import { createServices } from '../../bot/src/domain/services';
import { ConnectorEmulator } from '../support/botConnector/connectorEmulator';
import { DEFAULT_NOW, startTestApp, type TestApp } from '../support/testApp';

/**
 * Feedback before a deadline, end to end: the real server, the Bot Connector emulator
 * and real adaptiveCard/action invokes (clicks, and the refreshes Teams sends by itself).
 * "Now" is Sunday 22 November 2026, 10.00; time moves only by the test clock, and each
 * scheduler pass runs as of it.
 */
describe('feedback before a deadline', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());
  beforeEach(() => app.clock.set(DEFAULT_NOW));

  const passAt = async (iso: string) => {
    await app.remindersIdle();
    app.clock.set(iso);
    return app.runReminders();
  };
  const DEADLINE = { deadlineDate: '2026-11-26', deadlineTime: '12:00' };

  it('asks with a form, and posts the request card in the channel with its deadline in Swedish and the count', async () => {
    const { team, secretary } = await feedbackTeam(app, 3);
    const form = onlyCard(await secretary.inChannel(team, 'synpunkter Utkast till skolplan'));
    expect(cardText(form)).toContain('Be om synpunkter');
    expect(formValues(form)).toMatchObject({ question: 'Utkast till skolplan', kind: 'text', deadlineDate: '2026-11-29', deadlineTime: '12:00', reminderHours: '24', audience: 'LG' });

    const created = await ask(secretary, team, 'Utkast till skolplan', {
      ...DEADLINE, kind: 'yesNo', description: 'Läs utkastet och säg om det kan gå till nämnden.', link: 'https://skolor.sharepoint.com/sites/lg/skolplan.docx',
    });
    expect(cardText(created)).toContain('Frågan är skapad och läggs ut i kanalen strax. Deadline torsdag 26 november kl. 12.00.');
    await app.remindersIdle();

    const [post] = proactive(app, team.generalChannelId);
    const card = cardOf(post);
    expect(post!.activity.summary).toBe('Synpunkter önskas: Utkast till skolplan');
    const text = cardText(card);
    expect(text).toContain('Synpunkter önskas');
    expect(text).toContain('Utkast till skolplan');
    expect(text).toContain('Frågan ställs av Sara Lindqvist.');
    expect(text).toContain('Svara senast torsdag 26 november kl. 12.00');
    expect(text).toContain('0 av 4 har svarat');
    expect(card.actions.find((a: { type: string }) => a.type === 'Action.OpenUrl').url).toBe('https://skolor.sharepoint.com/sites/lg/skolplan.docx');
    expect(card.refresh.action.verb).toBe('feedback.view');
    expect(card.refresh.userIds).toHaveLength(4);
    const answer = card.actions.find((a: { verb?: string }) => a.verb === 'feedback.answer');
    expect(answer.fallback).toMatchObject({ type: 'Action.Submit', data: { action: 'feedback.answer', shared: true } });
  });

  it('shows each person their own answer, to change until the deadline, and the owner everyone\'s', async () => {
    const { team, secretary, members } = await feedbackTeam(app, 3);
    const [tomas, karin] = members;
    await ask(secretary, team, 'Konferensdatum', { ...DEADLINE, question: 'Passar 18–19 april för konferensen?', kind: 'yesNo' });
    await app.remindersIdle();
    const posted = channelCard(app, team);

    const own = await tomas!.sees(posted, team);
    expect(cardText(own)).toContain('Du har inte svarat ännu.');
    const { card: saved } = await tomas!.clicks('feedback.answer', { ...actionData(own, 'feedback.answer'), choice: 'nej', comment: 'Jag är på studieresa då.' }, team);
    expect(cardText(saved)).toContain('✔ Ditt svar är sparat 10.00. Du kan ändra det fram till deadline.');
    expect(cardText(saved)).toContain('Ditt svar: Nej – Jag är på studieresa då.');
    expect(inputValue(saved, 'choice')).toBe('nej');

    app.clock.set('2026-11-23T08:30:00Z');
    const { card: changed } = await tomas!.clicks('feedback.answer', { ...actionData(saved, 'feedback.answer'), choice: 'ja', comment: 'Resan är flyttad.' }, team);
    expect(cardText(changed)).toContain('Du svarade söndag 22 november kl. 10.00 och ändrade svaret måndag 23 november kl. 09.30.');
    await karin!.clicks('feedback.answer', { ...actionData(posted, 'feedback.answer'), choice: 'ja' }, team);
    await app.remindersIdle();

    const updated = channelCard(app, team);
    expect(cardText(updated)).toContain('2 av 4 har svarat');
    expect(cardText(updated)).not.toContain('Resan är flyttad.');
    expect(cardText(await tomas!.sees(updated, team))).toContain('Ditt svar: Ja – Resan är flyttad.');
    const owners = cardText(await secretary.sees(updated, team));
    expect(owners).toContain('Tomas Karlsson: Ja – Resan är flyttad.');
    expect(owners).toContain('Karin Karlsson: Ja');
    expect(owners).toMatch(/Har inte svarat: .*Sara Lindqvist/);
    const stored = await app.store.feedbackAnswers.listByRequest(posted.refresh.action.data.requestId);
    expect(stored.map((a) => [a.name, a.choice, a.answeredAt, a.changedAt]).sort()).toEqual([
      ['Karin Karlsson', 'ja', '2026-11-23T08:30:00.000Z', '2026-11-23T08:30:00.000Z'],
      ['Tomas Karlsson', 'ja', '2026-11-22T09:00:00.000Z', '2026-11-23T08:30:00.000Z'],
    ]);
  });

  it('stores one answer when Teams resends an invoke, and answers the copy with the same card', async () => {
    const { team, secretary, members } = await feedbackTeam(app, 2);
    await ask(secretary, team, 'Rutin för tillbud', DEADLINE);
    await app.remindersIdle();
    const posted = channelCard(app, team);
    const invoke = { ...actionData(posted, 'feedback.answer'), comment: 'Bra, men lägg till vem som följer upp.' };
    const [first, again] = await Promise.all([members[0]!.clicks('feedback.answer', invoke, team), members[0]!.clicks('feedback.answer', invoke, team)]);
    const third = await members[0]!.clicks('feedback.answer', invoke, team);
    expect(again.card).toEqual(first.card);
    expect(third.card).toEqual(first.card);
    const answers = await app.store.feedbackAnswers.listByRequest(posted.refresh.action.data.requestId);
    expect(answers.map((a) => a.comment)).toEqual(['Bra, men lägg till vem som följer upp.']);
  });

  it('takes many members\' answers at once, one each, and the channel\'s card counts them all', async () => {
    const { team, secretary, members } = await feedbackTeam(app, 16);
    await ask(secretary, team, 'Val av datum', { ...DEADLINE, kind: 'choice', choices: '18–19 april\n25–26 april\n2–3 maj' });
    await app.remindersIdle();
    const posted = channelCard(app, team);
    const data = actionData(posted, 'feedback.answer');
    const options = ['18–19 april', '25–26 april', '2–3 maj'];
    // Eight at a time, as people clicking within the same seconds.
    for (let at = 0; at < members.length; at += 8) {
      await Promise.all(members.slice(at, at + 8).map((m, n) => m.clicks('feedback.answer', { ...data, choice: options[(at + n) % 3]! }, team)));
    }
    await app.remindersIdle();
    const answers = await app.store.feedbackAnswers.listByRequest(data.requestId as string);
    expect(new Set(answers.map((a) => a.userId)).size).toBe(16);
    expect(answers).toHaveLength(16);
    expect(cardText(channelCard(app, team))).toContain('16 av 17 har svarat');
    expect(updatesOf(app, team.generalChannelId).length).toBeGreaterThanOrEqual(1);
  });


  it('asks about an item from its card and from the agenda card, and keeps the request with the item', async () => {
    const { team, secretary, members } = await feedbackTeam(app, 2);
    const [itemReply] = await members[0]!.inChannel(team, 'punkt Budget 2027');
    const { card: fromItem } = await members[0]!.clicks('feedback.ask', actionData(itemReply!.card, 'feedback.ask'), team);
    const itemId = actionData(itemReply!.card, 'item.save').itemId as string;
    expect(formValues(fromItem)).toMatchObject({ question: 'Budget 2027', itemId });
    await members[0]!.clicks('feedback.create', { ...actionData(fromItem, 'feedback.create'), ...formValues(fromItem), ...DEADLINE }, team);

    const agenda = onlyCard(await secretary.inChannel(team, 'dagordning'));
    const { card: fromAgenda } = await secretary.clicks('feedback.ask', actionData(agenda, 'feedback.ask'), team);
    const items = JSON.stringify(fromAgenda);
    expect(items).toContain('"title":"1. Budget 2027"');
    expect(formValues(fromAgenda).itemId).toBe('none');
    await app.remindersIdle();

    expect(cardText(channelCard(app, team))).toContain('Gäller punkten: Budget 2027');
    const [meeting] = await app.store.meetings.listByGroup(team.teamId);
    const kept = await createServices({ store: app.store, now: app.clock.now }).feedback.forItem({ id: itemId, meetingId: meeting!.id });
    expect(kept.map((k) => [k.request.question, k.request.ownerName, k.tally.asked])).toEqual([['Budget 2027', 'Tomas Karlsson', 3]]);
  });

  it('reminds each person who has not answered once, 24 hours before the deadline, in their personal chat', async () => {
    const { team, secretary, members } = await feedbackTeam(app, 3);
    const [tomas, karin] = members;
    await ask(secretary, team, 'Lokalförsörjning', DEADLINE);
    await app.remindersIdle();
    await tomas!.clicks('feedback.answer', { ...actionData(channelCard(app, team), 'feedback.answer'), comment: 'Inga synpunkter.' }, team);

    await passAt('2026-11-25T10:59:00Z');
    const chats = [secretary, ...members].map((p) => ConnectorEmulator.personalChatId(p.user.id));
    expect(chats.flatMap((chat) => proactive(app, chat))).toHaveLength(0);

    const report = await passAt('2026-11-25T11:00:00Z');
    expect(report.outcomes.filter((o) => o.entry.groupId === team.teamId && o.entry.kind === 'feedbackReminder').map((o) => o.result)).toEqual(['sent', 'sent', 'sent']);
    expect(proactive(app, ConnectorEmulator.personalChatId(tomas!.user.id))).toHaveLength(0);
    const [reminder] = proactive(app, ConnectorEmulator.personalChatId(karin!.user.id));
    expect(reminder!.activity.summary).toBe('Påminnelse: Lokalförsörjning');
    expect(cardText(cardOf(reminder))).toContain('Påminnelse: du har inte svarat ännu. Svara senast torsdag 26 november kl. 12.00.');
    expect(cardOf(reminder).refresh.userIds).toEqual([karin!.user.id]);

    const { card } = await karin!.clicks('feedback.answer', { ...actionData(cardOf(reminder), 'feedback.answer'), comment: 'Vi behöver en lokal till i Söder.' });
    expect(cardText(card)).toContain('✔ Ditt svar är sparat');
    await passAt('2026-11-25T18:00:00Z');
    expect(chats.flatMap((chat) => proactive(app, chat))).toHaveLength(3);
  });

  it('closes at the deadline: the channel\'s card shows Stängd and the result, the owner gets every answer and a CSV file', async () => {
    const { team, secretary, members } = await feedbackTeam(app, 3);
    const [tomas, karin, orjan] = members;
    await ask(secretary, team, 'Konferensdatum', { ...DEADLINE, question: 'Passar 18–19 april?', kind: 'yesNo' });
    await app.remindersIdle();
    const data = actionData(channelCard(app, team), 'feedback.answer');
    await tomas!.clicks('feedback.answer', { ...data, choice: 'ja', comment: '=HYPERLINK("https://evil.example";"Klicka")' }, team);
    await karin!.clicks('feedback.answer', { ...data, choice: 'nej', comment: 'Krockar med "Skolforum"; föreslår 25–26 april.' }, team);
    await passAt('2026-11-26T10:59:00Z');
    expect(cardText(channelCard(app, team))).toContain('Svara senast');

    const updatesBefore = updatesOf(app, team.generalChannelId).length;
    const report = await passAt('2026-11-26T11:00:00Z');
    expect(report.outcomes.filter((o) => o.entry.groupId === team.teamId && o.entry.kind.startsWith('feedback')).map((o) => [o.entry.kind, o.result]).sort()).toEqual([['feedbackClosed', 'sent'], ['feedbackCompiled', 'sent']]);
    const closedUpdate = updatesOf(app, team.generalChannelId).slice(updatesBefore);
    expect(closedUpdate).toHaveLength(1);
    const post = await app.store.outbox.findByKey(`feedback/${data.requestId as string}/post`);
    expect(closedUpdate[0]!.activityId).toBe(post!.activityId);
    const closed = cardText(cardOf(closedUpdate[0]));
    expect(closed).toContain('Stängd');
    expect(closed).toContain('Stängd torsdag 26 november kl. 12.00.');
    expect(closed).toContain('2 av 4 har svarat');
    expect(closed).toContain('Ja: 1');
    expect(closed).toContain('Nej: 1');
    expect(JSON.stringify(cardOf(closedUpdate[0]))).not.toContain('feedback.answer');

    const compiledCards = () => proactive(app, ConnectorEmulator.personalChatId(secretary.user.id)).filter((c) => c.activity.summary === 'Svaren på: Passar 18–19 april?');
    const [compiled] = compiledCards();
    const text = cardText(cardOf(compiled));
    expect(text).toContain('Svaren är sammanställda');
    expect(text).toContain('Karin Karlsson: Nej – Krockar med "Skolforum"; föreslår 25–26 april.');
    expect(text).toContain(`Har inte svarat: Sara Lindqvist, ${orjan!.user.name}`);
    const csvLink = cardOf(compiled).actions.find((a: { title: string }) => a.title === 'Ladda ned svaren (CSV)').url as string;

    const download = await fetch(csvLink);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="synpunkter-2026-11-26.csv"');
    const bytes = Buffer.from(await download.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').slice(1).split('\r\n')).toEqual([
      'Namn;Svar;Kommentar;Svarade;Ändrade',
      'Karin Karlsson;Nej;"Krockar med ""Skolforum""; föreslår 25–26 april.";2026-11-22 10:00;',
      'Tomas Karlsson;Ja;"\'=HYPERLINK(""https://evil.example"";""Klicka"")";2026-11-22 10:00;',
      'Sara Lindqvist;(inget svar);;;',
      `${orjan!.user.name};(inget svar);;;`,
      '',
    ]);

    const forged = csvLink.replace(/sig=[^&]+/, 'sig=AAAA');
    const refused = await fetch(forged);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toBe('Länken till svaren gäller inte. Öppna frågans kort i Teams så får du en ny länk.\n');
    const otherRequest = await fetch(csvLink.replace(/feedback\/[^/]+\//, `feedback/${crypto.randomUUID()}/`));
    expect(otherRequest.status).toBe(403);
    app.clock.set('2026-12-04T11:00:00Z');
    const expired = await fetch(csvLink);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain('Länken till svaren har gått ut.');

    // Opening the compiled card again refreshes it with a link that works.
    const fresh = await secretary.sees(cardOf(compiled));
    const freshLink = fresh.actions.find((a: { title: string }) => a.title === 'Ladda ned svaren (CSV)').url as string;
    expect((await fetch(freshLink)).status).toBe(200);

    await passAt('2026-11-26T11:05:00Z');
    await passAt('2026-11-26T11:10:00Z');
    const [request] = await app.store.feedbackRequests.listByMeeting((await app.store.meetings.listByGroup(team.teamId))[0]!.id);
    expect(request!.settledAt).toBe('2026-11-26T11:05:00.000Z');
    expect(compiledCards()).toHaveLength(1);
    expect(updatesOf(app, team.generalChannelId).length).toBe(updatesBefore + 1);
  });

  it('refuses an answer after the deadline in Swedish and keeps what was typed, even on the card from before', async () => {
    const { team, secretary, members } = await feedbackTeam(app, 2);
    await ask(secretary, team, 'Skolskjuts', DEADLINE);
    await app.remindersIdle();
    const posted = channelCard(app, team);
    app.clock.set('2026-11-26T11:00:00Z');
    const { card } = await members[0]!.clicks('feedback.answer', { ...actionData(posted, 'feedback.answer'), comment: 'Sent men viktigt: turen 7.10 är överfull.' }, team);
    const text = cardText(card);
    expect(text).toContain('Deadline för frågan har passerat, så svar tas inte emot längre.');
    expect(text).toContain('Sent men viktigt: turen 7.10 är överfull.');
    expect(text).toContain('Stängd');
    expect(await app.store.feedbackAnswers.listByRequest(posted.refresh.action.data.requestId)).toEqual([]);
  });

  it('lets the owner withdraw the question; the channel\'s card says so and takes no more answers', async () => {
    const { team, secretary, members } = await feedbackTeam(app, 2);
    await ask(secretary, team, 'Ny rutin', DEADLINE);
    await app.remindersIdle();
    const posted = channelCard(app, team);
    const { card: refused } = await members[0]!.clicks('feedback.withdraw', actionData(await secretary.sees(posted, team), 'feedback.withdraw'), team);
    expect(cardText(refused)).toContain('Bara den som äger frågan, ordförande eller sekreterare kan ta bort den.');
    const { card } = await secretary.clicks('feedback.withdraw', actionData(await secretary.sees(posted, team), 'feedback.withdraw'), team);
    expect(cardText(card)).toContain('Frågan är borttagen.');
    expect(cardText(card)).toContain('Sara Lindqvist tog bort frågan. Svar tas inte emot.');
    await app.remindersIdle();
    expect(cardText(channelCard(app, team))).toContain('Borttagen');
    const { card: late } = await members[0]!.clicks('feedback.answer', { ...actionData(posted, 'feedback.answer'), comment: 'Hann inte.' }, team);
    expect(cardText(late)).toContain('Frågan är borttagen, så svar tas inte emot.');
    expect(cardText(late)).toContain('Hann inte.');
  });
});

describe('feedback reminders from two servers on one store', () => {
  it('sends each reminder once, whichever server\'s pass gets there first', async () => {
    const first = await startTestApp();
    const second = await startTestApp({ store: first.store, connector: first.connector });
    try {
      const { team, secretary, members } = await feedbackTeam(first, 6);
      await ask(secretary, team, 'Budgetramar', { deadlineDate: '2026-11-26', deadlineTime: '12:00' });
      await first.remindersIdle();
      for (const app of [first, second]) app.clock.set('2026-11-25T11:00:00Z');
      const reports = await Promise.all([first.runReminders(), second.runReminders()]);
      const sent = reports.flatMap((r) => r.outcomes).filter((o) => o.entry.kind === 'feedbackReminder' && o.result === 'sent');
      expect(sent).toHaveLength(7);
      const chats = [secretary, ...members].map((p) => ConnectorEmulator.personalChatId(p.user.id));
      expect(chats.map((chat) => proactive(first, chat).length)).toEqual(chats.map(() => 1));
    } finally {
      await second.close();
      await first.close();
    }
  });
});

