import { loadSharePointSettings } from '../../bot/src/config/config';
import { StoreUnavailableError } from '../../bot/src/domain/storage';
import { GraphGateway } from '../../bot/src/stores/sharepoint/graphGateway';
import { createGraphClient } from '../../bot/src/stores/sharepoint/graphClient';
import { createGraphCredential } from '../../bot/src/stores/sharepoint/credential';
import { ListClient } from '../../bot/src/stores/sharepoint/listClient';
import { provision } from '../../bot/src/stores/sharepoint/provision';
import { SharePointStore } from '../../bot/src/stores/sharepoint/sharePointStore';
import { startTestSite, type TestSite } from '../support/sharePoint';

/**
 * What SharePoint and Graph demand of the store, beyond the shared contract:
 * indexed filters past 5,000 items, paging, throttling inside and outside $batch,
 * Retry-After, eTags, 401s, and provisioning that can run twice.
 */
const ITEMS = 'Dagordning Punkter';
const MEETINGS = 'Dagordning Möten';

function itemRow(meetingId: string, n: number): Record<string, unknown> {
  return {
    Title: `Punkt ${n}`, RecordId: `seed-${meetingId}-${n}`, MeetingId: meetingId, GroupId: 'seed-group', Section: 'information', Presenters: '[]',
    SubmittedByMemberId: 'm', SubmittedByName: 'Seed', SubmittedAt: '2026-11-01T09:00:00.000Z', Late: false, Status: 'anmald', SortOrder: n,
  };
}

describe('the SharePoint store against Graph\'s limits', () => {
  let site: TestSite;
  let store: SharePointStore;

  beforeAll(async () => {
    site = await startTestSite();
    store = await site.connect();
  }, 60000);
  afterAll(() => site.stop());
  afterEach(() => {
    Object.assign(site.graph.faults, { throttleProbability: 0, outage: null, retryAfterSeconds: 0 });
  });

  it('keeps answering past the 5,000-item list view threshold, because every filter is on an indexed column', async () => {
    site.graph.site.seedItems(ITEMS, Array.from({ length: 5200 }, (_, n) => itemRow('old-meeting', n)));
    site.graph.site.seedItems(ITEMS, [itemRow('current-meeting', 1), itemRow('current-meeting', 2)]);
    const items = await store.items.listByMeeting('current-meeting');
    expect(items.map((i) => i.title)).toEqual(['Punkt 1', 'Punkt 2']);

    // The same list refuses a query on a column without an index: the limit is real here.
    const gateway = SharePointStore.gateway(site.settings);
    const listId = site.graph.site.getList(ITEMS).id;
    const bySection = await gateway.send({ method: 'GET', url: `/sites/${site.graph.siteId}/lists/${listId}/items?$expand=fields&$filter=fields/Section eq 'information'`, headers: { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' } });
    expect(bySection.status).toBeGreaterThanOrEqual(400);
  });

  it('follows @odata.nextLink through every page', async () => {
    const groupId = 'paged-group';
    site.graph.site.seedItems(MEETINGS, Array.from({ length: 1100 }, (_, n) => ({
      Title: 'Jupiter', RecordId: `paged-${n}`, GroupId: groupId, StartsAt: new Date(Date.UTC(2020, 0, 1) + n * 86400_000).toISOString(),
      EndsAt: new Date(Date.UTC(2020, 0, 1) + n * 86400_000 + 3 * 3600_000).toISOString(), Online: false, AgendaDeadline: '2019-12-30T11:00:00.000Z', Status: 'genomfort', CreatedAt: '2019-12-01T09:00:00.000Z',
    })));
    site.graph.reset();
    const meetings = await store.meetings.listByGroup(groupId);
    expect(meetings).toHaveLength(1100);
    expect(new Set(meetings.map((m) => m.id)).size).toBe(1100);
    expect(site.graph.stats.graphRequestCount).toBeGreaterThanOrEqual(3);
  });

  it('lands every write exactly once when 30% of Graph requests answer 429', async () => {
    const group = await store.groups.createIfAbsent({ id: 'throttled-team', teamId: 'throttled-team', name: 'Strypt grupp', createdAt: '2026-11-22T09:00:00.000Z', language: 'sv' });
    const meeting = await store.meetings.add({
      id: 'throttled-meeting', groupId: group.group.id, startsAt: '2026-12-08T12:00:00.000Z', endsAt: '2026-12-08T15:00:00.000Z', place: 'Jupiter', online: false,
      agendaDeadline: '2026-12-03T11:00:00.000Z', status: 'planerat', createdAt: '2026-11-22T09:00:00.000Z',
    });
    site.graph.reset();
    Object.assign(site.graph.faults, { throttleProbability: 0.3, retryAfterSeconds: 0 });
    const added = await Promise.all(Array.from({ length: 40 }, (_, n) => store.items.add({ ...fromRow(itemRow(meeting.id, n)), id: `throttled-${n}`, groupId: group.group.id })));
    const updated = await Promise.all(added.slice(0, 15).map((item) => store.items.update({ ...item, minutes: 15 })));
    site.graph.faults.throttleProbability = 0;

    expect(site.graph.stats.throttledCount).toBeGreaterThan(5);
    const stored = site.graph.site.itemsOf(ITEMS).filter((i) => String(i.fields.RecordId).startsWith('throttled-'));
    expect(stored).toHaveLength(40);
    expect(new Set(stored.map((i) => i.fields.RecordId)).size).toBe(40);
    expect(stored.filter((i) => i.fields.Minutes === 15)).toHaveLength(15);
    expect(updated.every((u) => u.minutes === 15)).toBe(true);
  });

  it('waits the Retry-After a throttled request inside a batch asks for before sending it again', async () => {
    site.graph.reset();
    Object.assign(site.graph.faults, { throttleProbability: 0.5, retryAfterSeconds: 1 });
    await Promise.all(['a', 'b', 'c', 'd', 'e', 'f'].map((k) => store.items.get(`missing-${k}`)));
    site.graph.faults.throttleProbability = 0;
    const calls = site.graph.stats.entries.filter((e) => e.kind === 'batch-inner' || e.kind === 'graph');
    const throttled = calls.find((e) => e.status === 429)!;
    expect(throttled).toBeDefined();
    const retry = calls.find((e) => e.at > throttled.at && e.path.endsWith(throttled.path.slice(-40)) && e.status !== 429);
    expect(retry).toBeDefined();
    expect(retry!.at - throttled.at).toBeGreaterThanOrEqual(950);
  });

  it('sends reads issued together as $batch requests of at most 20', async () => {
    site.graph.reset();
    const found = await Promise.all(Array.from({ length: 45 }, (_, n) => store.meetings.get(`not-there-${n}`)));
    expect(found.every((m) => m === undefined)).toBe(true);
    expect(site.graph.stats.graphRequestCount).toBe(3);
    expect(site.graph.stats.batchCount).toBe(3);
    expect(site.graph.stats.innerRequestCount).toBe(45);
  });

  it('does not retry a request Graph refused as wrong (400)', async () => {
    const gateway = new GraphGateway(() => createGraphClient(site.settings, createGraphCredential(site.settings)), { maxRetries: 5, maxDelayMs: 0 });
    const list = new ListClient(gateway, `/sites/${site.graph.siteId}/lists/${site.graph.site.getList(ITEMS).id}`, 'agenda item');
    site.graph.reset();
    await expect(list.create({ Title: 'x', NoSuchColumn: 'y' })).rejects.toThrow(/Graph answered 400/);
    expect(site.graph.stats.graphRequestCount).toBe(1);
  });

  it('reports Graph being down as unavailable, so the user can try again', async () => {
    site.graph.faults.outage = { status: 503, retryAfterSeconds: 0 };
    await expect(store.items.listByMeeting('any')).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  it('gets a new token when Graph rejects the cached one (401)', async () => {
    await store.groups.get('warm-up');
    site.graph.expireTokens();
    site.graph.reset();
    await expect(store.groups.get('after-expiry')).resolves.toBeUndefined();
    expect(site.graph.stats.tokenRequestCount).toBeGreaterThanOrEqual(1);
  });

  it('provisions idempotently, restores a lost index, and says when nothing changes', async () => {
    const gateway = SharePointStore.gateway(site.settings);
    expect((await provision(gateway, site.settings.siteId)).changes).toEqual([]);
    const meetingId = site.graph.site.getList(ITEMS).columns.find((c) => c.name === 'MeetingId')!;
    meetingId.indexed = false;
    expect((await provision(gateway, site.settings.siteId)).changes).toEqual(['indexed column Dagordning Punkter.MeetingId']);
    expect((await provision(gateway, site.settings.siteId)).changes).toEqual([]);
  });

  it('says what Entra answered when the client secret is wrong (AADSTS7000215), not a bare status', async () => {
    const settings = loadSharePointSettings({ ...site.env, AZURE_CLIENT_SECRET: 'not-the-secret' });
    const connecting = SharePointStore.connect(settings);
    await expect(connecting).rejects.toThrow(/Entra ID refused the app's credential: AADSTS7000215: Invalid client secret provided\. Ensure the secret being sent in the request is the client secret value/);
    await expect(connecting).rejects.not.toThrow(/Graph answered 0|Trace ID|not-the-secret/);
    const wrongApp = SharePointStore.connect(loadSharePointSettings({ ...site.env, AZURE_CLIENT_ID: 'someone-else' }));
    await expect(wrongApp).rejects.toThrow(/AADSTS700016: Application with identifier 'someone-else' was not found/);
  });

  it('says Graph gave no answer at all when it cannot be reached', async () => {
    const gone = await startTestSite();
    const stranded = await gone.connect();
    await gone.stop();
    const reading = stranded.items.listByMeeting('any');
    await expect(reading).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(reading).rejects.toThrow(/^list agenda item: no answer from Graph \(.+\)$/);
  });

  it('refuses to start on a site that was never provisioned, and says what to run', async () => {
    const bare = await startTestSite();
    try {
      bare.graph.site.lists.clear();
      await expect(bare.connect()).rejects.toThrow(/Run "npm run provision -- --site <site>" first/);
    } finally {
      await bare.stop();
    }
  });
});

function fromRow(row: Record<string, unknown>) {
  return {
    id: String(row.RecordId), meetingId: String(row.MeetingId), groupId: String(row.GroupId), section: 'information' as const, title: String(row.Title), presenters: [],
    submittedByMemberId: 'm', submittedByName: 'Seed', submittedAt: String(row.SubmittedAt), late: false, status: 'anmald' as const, order: Number(row.SortOrder),
  };
}
