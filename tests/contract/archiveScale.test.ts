import { ArchiveService } from '../../bot/src/domain/archive/service';
import { archiveHistory, seedHistory } from '../support/archiveSeed';
import { startTestSite, type TestSite } from '../support/sharePoint';

/**
 * A group that has met weekly for about eight years — 400 meetings, 6,000 agenda items —
 * on SharePoint through the Graph emulator, with its 5,000-item list view threshold,
 * paging and 100 ms added to every Graph call. The agenda items' list is past the
 * threshold, so any query over it not narrowed by an indexed column would be refused
 * (429): the archive's first page, search, decision log and follow-ups must all work
 * without one. How fast they answer is measured by `npm run bench:search`.
 */
const MEETINGS = 400;
const ITEMS_PER_MEETING = 15;

describe('the archive of ten years on SharePoint', () => {
  let site: TestSite;
  const history = archiveHistory(MEETINGS, ITEMS_PER_MEETING);

  beforeAll(async () => {
    site = await startTestSite();
    seedHistory(site.graph, history);
    site.graph.faults.latencyMs = 100;
  }, 60_000);
  afterAll(async () => {
    await site.stop();
  });

  const refused = () => site.graph.stats.entries.filter((e) => e.status === 429);

  it('holds more agenda items than the list view threshold', () => {
    expect(site.graph.site.itemsOf('Dagordning Punkter').length).toBe(MEETINGS * ITEMS_PER_MEETING);
    expect(MEETINGS * ITEMS_PER_MEETING).toBeGreaterThan(site.graph.faults.listViewThreshold);
  });

  it('opens the first page, searches, and lists decisions and follow-ups without a query past the threshold', async () => {
    const store = await site.connect();
    const archive = new ArchiveService({ store, now: () => new Date('2026-11-25T09:00:00.000Z') });
    site.graph.reset();

    const first = await archive.terms(history.reader);
    expect(first.terms.reduce((n, t) => n + t.meetings, 0)).toBe(MEETINGS);
    expect(first.shown!.term.key).toBe('ht2026');
    expect(first.shown!.meetings.every((m) => m.publishedVersion === 1)).toBe(true);

    const found = await archive.search(history.reader, 'skolgårdsmiljö');
    expect(found.hits).toHaveLength(50);
    expect(found.more).toBe(true);
    expect(found.hits.map((h) => h.meetingStartsAt)).toEqual([...found.hits.map((h) => h.meetingStartsAt)].sort().reverse());

    const decisions = await archive.decisions(history.reader, 'vt2020');
    expect(decisions.decisions.length).toBeGreaterThan(0);
    expect(decisions.decisions.every((d) => d.meetingStartsAt.startsWith('2020-0'))).toBe(true);

    const followUps = await archive.followUps(history.reader, false);
    expect(followUps.actions.length).toBe(10);
    expect(followUps.actions.every((a) => !a.action.done)).toBe(true);

    expect(refused()).toEqual([]);
    // The index is read whole once, then only what changed: one indexed query per read.
    site.graph.reset();
    await archive.search(history.reader, 'budget');
    expect(site.graph.stats.graphRequestCount).toBe(1);
  }, 120_000);
});
