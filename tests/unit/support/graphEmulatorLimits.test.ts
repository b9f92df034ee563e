import { BatchRequestContent, BatchResponseContent, type Client } from '@microsoft/microsoft-graph-client';
import type { GraphEmulator } from '../../support/graph/graphEmulator';
import { graphTestClient } from '../../support/graph/graphTestClient';
import { bearerToken, graphFailure, rawRequest, startGraph } from './graphFixture';

// $batch, throttling, resource units, the list view threshold and latency, through the
// real Graph client. Run through: node tests/support/graph/withTestCa.js npx jest tests/unit/support

const PREFER = 'HonorNonIndexedQueriesWarningMayFailRandomly';
let now = Date.parse('2026-11-22T09:00:00Z');
let graph: GraphEmulator;
let client: Client;
let lists: string;

beforeAll(async () => {
  graph = await startGraph({ clock: () => now, seed: 42 });
  client = graphTestClient(graph, { maxRetries: 0 });
  lists = `/sites/${graph.siteId}/lists`;
  await client.api(lists).post({ displayName: 'Agenda', columns: [{ name: 'MeetingKey', text: {}, indexed: true }, { name: 'Status', text: {} }] });
});
afterAll(() => graph.stop());
beforeEach(() => {
  Object.assign(graph.faults, { throttleProbability: 0, resourceUnitsPerMinute: null, latencyMs: 0, listViewThreshold: 5000, retryAfterSeconds: 0 });
  graph.reset();
});

type BatchStep = { id: string; method: string; url: string; headers?: Record<string, string>; body?: unknown; dependsOn?: string[] };
async function batch(requests: BatchStep[]): Promise<{ responses: Array<{ id: string; status: number; headers: Record<string, string>; body: { error?: { code: string } } }> }> {
  return client.api('/$batch').post({ requests });
}
const getSite = (id: string): BatchStep => ({ id, method: 'GET', url: `/sites/${graph.siteId}` });

describe('$batch', () => {
  test('inner requests run, are counted one by one, and a failed dependency is 424', async () => {
    const result = await batch([
      { id: '1', method: 'POST', url: `${lists}/Agenda/items`, headers: { 'Content-Type': 'application/json' }, body: { fields: { MeetingKey: 'b-1' } } },
      { id: '2', method: 'GET', url: `${lists}/Agenda/items?$filter=fields/MeetingKey eq 'b-1'&$expand=fields`, dependsOn: ['1'] },
      { id: '3', method: 'GET', url: `${lists}/Missing`, dependsOn: ['2'] },
      { id: '4', method: 'GET', url: `${lists}/Agenda`, dependsOn: ['3'] },
    ]);
    expect(result.responses.map((r) => [r.id, r.status])).toEqual([['1', 201], ['2', 200], ['3', 404], ['4', 424]]);
    expect((result.responses[1]!.body as unknown as { value: Array<{ fields: { MeetingKey: string } }> }).value[0]!.fields.MeetingKey).toBe('b-1');
    expect(graph.stats.graphRequestCount).toBe(1);
    expect(graph.stats.innerRequestCount).toBe(3);
    // RU: create 2 + multi-item query 2 + single-item get 1; the 424 never ran.
    expect(graph.stats.resourceUnitsUsed).toBe(5);
  });

  test('more than 20 requests is a 400 for the whole batch', async () => {
    const tooMany = await graphFailure(batch(Array.from({ length: 21 }, (_, i) => getSite(String(i)))));
    expect(tooMany.statusCode).toBe(400);
    const twenty = await batch(Array.from({ length: 20 }, (_, i) => getSite(String(i))));
    expect(twenty.responses).toHaveLength(20);
  });

  test('a throttled inner request is a 429 with Retry-After inside a 200 batch, which the SDK does not retry', async () => {
    graph.faults.throttleProbability = 1;
    graph.faults.retryAfterSeconds = 7;
    const retrying = graphTestClient(graph);
    const content = new BatchRequestContent([{ id: 'a', request: new Request(`${graph.origin}/v1.0/sites/${graph.siteId}`, { method: 'GET' }) }]);
    const response = new BatchResponseContent(await retrying.api('/$batch').post(await content.getContent()));
    const inner = response.getResponseById('a');
    expect(inner.status).toBe(429);
    expect(inner.headers.get('Retry-After')).toBe('7');
    expect((await inner.json()).error.code).toBe('TooManyRequests');
    expect(graph.stats.graphRequestCount).toBe(1);
    expect(graph.stats.throttledCount).toBe(1);
  });

  test('random throttling is repeatable: the same seed throttles the same requests', async () => {
    graph.faults.throttleProbability = 0.3;
    const pattern = async (): Promise<number[]> => (await batch(Array.from({ length: 20 }, (_, i) => getSite(String(i))))).responses.map((r) => r.status);
    const first = await pattern();
    expect(first).toContain(429);
    expect(first).toContain(200);
    graph.reset();
    expect(await pattern()).toEqual(first);
  });
});

describe('throttling of plain requests', () => {
  test('a throttled request is 429 TooManyRequests with Retry-After; the SDK retry handler gets through', async () => {
    graph.faults.throttleProbability = 1;
    graph.faults.retryAfterSeconds = 3;
    const raw = await rawRequest(graph, 'GET', `/v1.0/sites/${graph.siteId}`, { token: await bearerToken(graph) });
    expect(raw.status).toBe(429);
    expect(raw.headers.get('retry-after')).toBe('3');
    expect(raw.body.error).toMatchObject({ code: 'TooManyRequests', innerError: { status: '429' } });

    graph.faults.retryAfterSeconds = 0;
    graph.faults.throttleProbability = 0.3;
    graph.reset();
    const retrying = graphTestClient(graph);
    for (let i = 0; i < 10; i++) await retrying.api(`/sites/${graph.siteId}`).get();
    expect(graph.stats.throttledCount).toBeGreaterThan(0);
    expect(graph.stats.graphRequestCount).toBe(10 + graph.stats.throttledCount);
  });

  test('a resource-unit budget per minute answers 429 when spent and recovers after Retry-After', async () => {
    graph.faults.resourceUnitsPerMinute = 5;
    const items = `${lists}/Agenda/items`;
    await client.api(items).get();
    now += 10_000;
    await client.api(items).get();
    await client.api(`/sites/${graph.siteId}`).get();
    expect(graph.resourceUnitsInWindow()).toBe(5);
    const raw = await rawRequest(graph, 'GET', `/v1.0${items}`, { token: await bearerToken(graph) });
    expect(raw.status).toBe(429);
    expect(raw.headers.get('retry-after')).toBe('50');
    now += 50_000;
    await expect(client.api(items).get()).resolves.toHaveProperty('value');
    expect(graph.stats.resourceUnitsUsed).toBe(7);
  });

  test('added latency delays every outer request', async () => {
    graph.faults.latencyMs = 120;
    const started = performance.now();
    await client.api(`/sites/${graph.siteId}`).get();
    expect(performance.now() - started).toBeGreaterThanOrEqual(115);
  });
});

describe('list view threshold', () => {
  beforeAll(async () => {
    await client.api(lists).post({ displayName: 'Big', columns: [{ name: 'MeetingKey', text: {}, indexed: true }, { name: 'Status', text: {} }] });
    graph.site.seedItems('Big', Array.from({ length: 5001 }, (_, n) => ({ MeetingKey: `m-${n % 100}`, Status: n % 2 ? 'open' : 'done' })));
  });

  const items = (): string => `${lists}/Big/items`;

  test('on more than 5,000 items a non-indexed filter fails even with Prefer (429 activityLimitReached)', async () => {
    expect(graph.site.itemsOf('Big')).toHaveLength(5001);
    expect((await graphFailure(client.api(items()).filter("fields/Status eq 'open'").get())).statusCode).toBe(400);
    const throttled = await graphFailure(client.api(items()).header('Prefer', PREFER).filter("fields/Status eq 'open'").get());
    expect(throttled.statusCode).toBe(429);
    expect(throttled.code).toBe('activityLimitReached');
  });

  test('a first indexed clause that narrows to 5,000 or fewer makes the same filter work', async () => {
    const page = await client.api(items()).header('Prefer', PREFER).expand('fields').filter("fields/MeetingKey eq 'm-7' and fields/Status eq 'open'").get();
    expect(page.value).toHaveLength(50);
    expect(page.value.every((i: { fields: { MeetingKey: string; Status: string } }) => i.fields.MeetingKey === 'm-7' && i.fields.Status === 'open')).toBe(true);
    // An indexed clause that does not narrow enough fails like any other scan.
    expect((await graphFailure(client.api(items()).filter("fields/MeetingKey ne 'x'").get())).statusCode).toBe(429);
  });

  test('the same non-indexed filter works below the threshold, and unfiltered paging works above it', async () => {
    graph.faults.listViewThreshold = 10_000;
    expect((await client.api(items()).header('Prefer', PREFER).top(5000).filter("fields/Status eq 'open'").get()).value).toHaveLength(2500);
    graph.faults.listViewThreshold = 5000;
    const page = await client.api(items()).top(9000).get();
    expect(page.value).toHaveLength(5000);
    const rest = await client.api(page['@odata.nextLink']).get();
    expect(rest.value.map((i: { id: string }) => i.id)).toEqual(['5001']);
  });
});
