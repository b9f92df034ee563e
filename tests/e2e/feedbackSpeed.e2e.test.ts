import { performance } from 'node:perf_hooks';
import { actionData, cardText } from '../support/cards/validateCard';
import { ask, channelCard, feedbackTeam, type FeedbackTeam } from '../support/feedback';
import { startTestSite, type TestSite } from '../support/sharePoint';
import { startTestApp, type TestApp } from '../support/testApp';

/**
 * Teams waits a few seconds for the answer to an invoke and then sends it again, so an
 * answer must be answered quickly even when Graph is slow. With 500 ms added to every
 * Graph call, the answer's path is one batched read (who acts, the request, the stored
 * answer) and the person's own write; the count and everyone else's card follow later.
 * The issue asks for this guard explicitly: an answer within 2 seconds.
 */
describe('an answer on SharePoint when every Graph call takes 500 ms', () => {
  let site: TestSite;
  let app: TestApp;
  let group: FeedbackTeam;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let posted: any;

  beforeAll(async () => {
    site = await startTestSite();
    app = await startTestApp({ store: await site.connect() });
    group = await feedbackTeam(app, 4);
    await ask(group.secretary, group.team, 'Budgetramar 2027', { deadlineDate: '2026-11-26', deadlineTime: '12:00' });
    await app.remindersIdle();
    posted = channelCard(app, group.team);
    site.graph.faults.latencyMs = 500;
  }, 60_000);
  afterEach(() => {
    // The scheduler's passes after an answer need not be slow.
    site.graph.faults.latencyMs = 0;
  });
  afterAll(async () => {
    await app.remindersIdle();
    await app.close();
    await site.stop();
  });

  const timed = async (answer: () => Promise<{ card: unknown }>) => {
    site.graph.reset();
    const started = performance.now();
    const { card } = await answer();
    const ms = performance.now() - started;
    const roundTrips = site.graph.stats.entries.filter((e) => e.kind === 'graph' || e.kind === 'batch').length;
    return { card, ms, roundTrips };
  };

  it('answers a first answer within 2 seconds: one batched read and one write', async () => {
    const [tomas] = group.members;
    const { card, ms, roundTrips } = await timed(() => tomas!.clicks('feedback.answer', { ...actionData(posted, 'feedback.answer'), comment: 'Ramarna räcker inte för elevhälsan.' }, group.team));
    expect(cardText(card)).toContain('✔ Ditt svar är sparat');
    expect(roundTrips).toBe(2);
    expect(ms).toBeLessThan(2000);
  });

  it('answers a changed answer within 2 seconds', async () => {
    const [, karin] = group.members;
    const data = actionData(posted, 'feedback.answer');
    site.graph.faults.latencyMs = 0;
    await karin!.clicks('feedback.answer', { ...data, comment: 'Första tanken.' }, group.team);
    await app.remindersIdle();
    site.graph.faults.latencyMs = 500;
    const { card, ms, roundTrips } = await timed(() => karin!.clicks('feedback.answer', { ...data, comment: 'Efter att ha läst underlaget: ramarna räcker.' }, group.team));
    expect(cardText(card)).toContain('Ditt svar: Efter att ha läst underlaget: ramarna räcker.');
    expect(roundTrips).toBe(2);
    expect(ms).toBeLessThan(2000);
    const stored = await app.store.feedbackAnswers.listByRequest(data.requestId as string);
    expect(stored.find((a) => a.name === karin!.user.name)?.comment).toBe('Efter att ha läst underlaget: ramarna räcker.');
  });
});
