import { ClientAssertionCredential } from '@azure/identity';
import type { Client } from '@microsoft/microsoft-graph-client';
import type { GraphEmulator } from '../../support/graph/graphEmulator';
import { graphTestClient, graphTestCredential } from '../../support/graph/graphTestClient';
import { APP, bearerToken, graphFailure, rawRequest, startGraph } from './graphFixture';

// Run through the launcher so Node trusts the emulator's CA:
//   node tests/support/graph/withTestCa.js npx jest tests/unit/support
// Every call below goes through the real @azure/identity credential and the real
// @microsoft/microsoft-graph-client, as the SharePoint store will.

let graph: GraphEmulator;
let client: Client;
let sitePath: string;

beforeAll(async () => {
  graph = await startGraph();
  client = graphTestClient(graph, { maxRetries: 0 });
  sitePath = `/sites/${graph.siteId}`;
});
afterAll(() => graph.stop());
afterEach(() => {
  graph.faults.outage = null;
  graph.faults.throttleProbability = 0;
});

async function createList(displayName: string, columns: unknown[] = []): Promise<{ id: string }> {
  return client.api(`${sitePath}/lists`).post({ displayName, columns, list: { template: 'genericList' } });
}

describe('Entra token endpoint over TLS', () => {
  test('a ClientSecretCredential gets an opaque token valid for an hour', async () => {
    graph.stats.reset();
    const before = Date.now();
    const token = await graphTestCredential(graph).getToken('https://graph.microsoft.com/.default');
    expect(token.token).toMatch(/^emu-[\w-]{40,}$/);
    expect(token.expiresOnTimestamp).toBeGreaterThanOrEqual(before + 3500_000);
    expect(token.expiresOnTimestamp).toBeLessThanOrEqual(Date.now() + 3601_000);
    // MSAL with a custom authority and instance discovery off asks for exactly these two.
    expect(graph.stats.entries.map((e) => `${e.kind} ${e.method} ${e.path.split('?')[0]}`)).toEqual([
      `discovery GET /${APP.tenantId}/v2.0/.well-known/openid-configuration`,
      `token POST /${APP.tenantId}/oauth2/v2.0/token`,
    ]);
    expect(graph.stats.graphRequestCount).toBe(0);
  });

  test('a wrong client secret is refused as Entra refuses it (401 invalid_client)', async () => {
    const credential = graphTestCredential(graph, 'not-the-secret');
    await expect(credential.getToken('https://graph.microsoft.com/.default')).rejects.toThrow(/AADSTS7000215|invalid_client/);
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: APP.clientId, client_secret: 'nope', scope: 'https://graph.microsoft.com/.default' });
    const response = await fetch(`${graph.origin}/${APP.tenantId}/oauth2/v2.0/token`, { method: 'POST', body: form });
    expect(response.status).toBe(401);
    const body = await response.json() as { error: string; error_codes: number[]; error_description: string };
    expect(body.error).toBe('invalid_client');
    expect(body.error_codes).toEqual([7000215]);
    expect(body.error_description).toMatch(/^AADSTS7000215: .*\r\nTrace ID: /);
  });

  test('a client assertion naming the client is accepted instead of a secret (ClientAssertionCredential)', async () => {
    const jwt = (claims: object): string => ['{"alg":"none"}', JSON.stringify(claims), ''].map((part) => Buffer.from(part).toString('base64url')).join('.');
    const options = { authorityHost: graph.origin, disableInstanceDiscovery: true };
    const good = new ClientAssertionCredential(APP.tenantId, APP.clientId, async () => jwt({ iss: APP.clientId, sub: APP.clientId }), options);
    await expect(good.getToken('https://graph.microsoft.com/.default')).resolves.toHaveProperty('token');
    const other = new ClientAssertionCredential(APP.tenantId, APP.clientId, async () => jwt({ iss: 'someone-else', sub: 'someone-else' }), options);
    await expect(other.getToken('https://graph.microsoft.com/.default')).rejects.toThrow(/invalid_client|AADSTS7000215/);
  });

  test('the scope may also name the emulator as the resource, but nothing else', async () => {
    await expect(graphTestCredential(graph).getToken(`${graph.origin}/.default`)).resolves.toHaveProperty('token');
    await expect(graphTestCredential(graph).getToken('https://vault.azure.net/.default')).rejects.toThrow(/AADSTS70011|invalid_scope/);
  });
});

describe('sites and lists', () => {
  test('the site is found by id and by host name and path; another site is 404 itemNotFound', async () => {
    const byPath = await client.api('/sites/contoso.sharepoint.com:/sites/ledningsgrupp').get();
    expect(byPath.id).toBe(graph.siteId);
    expect(byPath.id).toMatch(/^contoso\.sharepoint\.com,[0-9a-f-]{36},[0-9a-f-]{36}$/);
    expect((await client.api(sitePath).get()).webUrl).toBe('https://contoso.sharepoint.com/sites/ledningsgrupp');
    const missing = await graphFailure(client.api('/sites/contoso.sharepoint.com:/sites/other').get());
    expect(missing.statusCode).toBe(404);
    expect(missing.code).toBe('itemNotFound');
  });

  test('lists are created by displayName, found by $filter, and a second one with the same title is 409', async () => {
    const list = await createList('Meetings', [{ name: 'MeetingKey', text: {}, indexed: true }]);
    expect(list).toMatchObject({ displayName: 'Meetings', name: 'Meetings', list: { template: 'genericList' } });
    const found = await client.api(`${sitePath}/lists`).filter("displayName eq 'Meetings'").select('id,displayName').get();
    expect(found.value).toEqual([{ id: list.id, displayName: 'Meetings' }]);
    expect((await client.api(`${sitePath}/lists/Meetings`).get()).id).toBe(list.id);
    const duplicate = await graphFailure(createList('meetings'));
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.code).toBe('nameAlreadyExists');
    const named = await graphFailure(client.api(`${sitePath}/lists`).post({ name: 'X', displayName: 'X' }));
    expect(named.statusCode).toBe(400);
  });

  test('columns: unique values need an index, indexes can be added later, unique values are enforced', async () => {
    const list = await createList('Columns', [{ name: 'Code', text: {} }]);
    const columns = `${sitePath}/lists/${list.id}/columns`;
    const unindexed = await graphFailure(client.api(columns).post({ name: 'Key', text: {}, enforceUniqueValues: true }));
    expect(unindexed.statusCode).toBe(400);
    const key = await client.api(columns).post({ name: 'Key', text: {}, indexed: true, enforceUniqueValues: true });
    expect(key).toMatchObject({ name: 'Key', indexed: true, enforceUniqueValues: true, text: { maxLength: 255 } });
    expect((await graphFailure(client.api(`${columns}/${key.id}`).patch({ indexed: false }))).statusCode).toBe(400);

    const code = (await client.api(columns).get()).value.find((c: { name: string }) => c.name === 'Code');
    expect(code.indexed).toBe(false);
    expect((await client.api(`${columns}/${code.id}`).patch({ indexed: true })).indexed).toBe(true);
    expect(graph.site.getList('Columns').columns.find((c) => c.name === 'Code')?.indexed).toBe(true);

    await client.api(`${sitePath}/lists/${list.id}/items`).post({ fields: { Key: 'k-1' } });
    const clash = await graphFailure(client.api(`${sitePath}/lists/${list.id}/items`).post({ fields: { Key: 'K-1' } }));
    expect(clash.statusCode).toBe(409);
  });
});

describe('items', () => {
  let items: string;
  beforeAll(async () => {
    const list = await createList('Items', [
      { name: 'MeetingKey', text: {}, indexed: true },
      { name: 'Position', number: {}, indexed: true },
      { name: 'Done', boolean: {} },
      { name: 'Due', dateTime: {} },
      { name: 'Notes', text: { allowMultipleLines: true } },
    ]);
    items = `${sitePath}/lists/${list.id}/items`;
  });

  test('POST answers 201 with id, SharePoint eTag and fields; ids increase; dateTimes keep whole seconds', async () => {
    const first = await client.api(items).post({ fields: { Title: 'Budget', MeetingKey: 'm-1', Position: 1, Done: false, Due: '2026-12-01T09:30:15.789Z' } });
    const second = await client.api(items).post({ fields: { Title: "O'Brien", MeetingKey: 'm-1', Position: 2 } });
    expect(Number(second.id)).toBe(Number(first.id) + 1);
    expect(first.eTag).toMatch(/^"[0-9a-f-]{36},1"$/);
    expect(first.fields).toMatchObject({ id: first.id, Title: 'Budget', Position: 1, Done: false, Due: '2026-12-01T09:30:15Z', '@odata.etag': first.eTag });
    expect(first.createdDateTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const read = await client.api(`${items}/${first.id}`).expand('fields($select=Title,Position)').get();
    expect(read.fields).toEqual({ '@odata.etag': first.eTag, Title: 'Budget', Position: 1 });
  });

  test('unknown fields, wrong JSON types and over-long text are 400', async () => {
    const unknown = await graphFailure(client.api(items).post({ fields: { Nope: 1 } }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.message).toContain("Field 'Nope' is not recognized");
    expect((await graphFailure(client.api(items).post({ fields: { Position: '3' } }))).statusCode).toBe(400);
    expect((await graphFailure(client.api(items).post({ fields: { Done: 'yes' } }))).statusCode).toBe(400);
    expect((await graphFailure(client.api(items).post({ fields: { Title: 'x'.repeat(256) } }))).statusCode).toBe(400);
    await expect(client.api(items).post({ fields: { Notes: 'x'.repeat(10_000) } })).resolves.toHaveProperty('id');
  });

  test('$filter: comparisons on indexed columns with and/or and escaped quotes', async () => {
    for (let p = 10; p < 15; p++) await client.api(items).post({ fields: { MeetingKey: 'm-2', Position: p, Title: `t${p}` } });
    const get = (filter: string): Promise<{ value: Array<{ fields: { Position: number; Title: string } }> }> =>
      client.api(items).expand('fields').filter(filter).get();
    const positions = async (filter: string): Promise<number[]> => (await get(filter)).value.map((i) => i.fields.Position);
    expect(await positions("fields/MeetingKey eq 'm-2' and fields/Position ge 12")).toEqual([12, 13, 14]);
    expect(await positions("fields/MeetingKey eq 'm-2' and (fields/Position lt 11 or fields/Position eq 14)")).toEqual([10, 14]);
    expect(await positions("fields/MeetingKey eq 'M-2' and fields/Position ne 12 and fields/Position le 13")).toEqual([10, 11, 13]);
    expect(await positions("fields/MeetingKey eq 'm-1' and fields/Position gt 1")).toEqual([2]);
    const bad = await graphFailure(get("fields/MeetingKey eq 'unterminated"));
    expect(bad.statusCode).toBe(400);
  });

  test('a non-indexed column in $filter needs the Prefer header, with the message Graph gives', async () => {
    const refused = await graphFailure(client.api(items).filter("fields/Title eq 'O''Brien'").get());
    expect(refused.statusCode).toBe(400);
    expect(refused.message).toBe("Field 'Title' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.");
    const allowed = await client.api(items).header('Prefer', 'HonorNonIndexedQueriesWarningMayFailRandomly').expand('fields').filter("fields/Title eq 'O''Brien'").get();
    expect(allowed.value.map((i: { fields: { Title: string } }) => i.fields.Title)).toEqual(["O'Brien"]);
  });

  test('$orderby sorts on indexed columns (desc too); the site-path form reaches the same list', async () => {
    graph.site.seedItems('Items', [12, 10, 14, 11, 13].map((Position) => ({ MeetingKey: 'm-9', Position })));
    const viaPath = '/sites/contoso.sharepoint.com:/sites/ledningsgrupp:/lists/Items/items';
    const page = await client.api(viaPath).expand('fields').filter("fields/MeetingKey eq 'm-9'").orderby('fields/Position desc').top(3).get();
    expect(page.value.map((i: { fields: { Position: number } }) => i.fields.Position)).toEqual([14, 13, 12]);
    expect(page['@odata.nextLink']).toBeDefined();
    const next = await client.api(page['@odata.nextLink']).get();
    expect(next.value.map((i: { fields: { Position: number } }) => i.fields.Position)).toEqual([11, 10]);
    const unsorted = await graphFailure(client.api(viaPath).orderby('fields/Done').get());
    expect(unsorted.message).toContain("Field 'Done' cannot be referenced in filter or orderby");
    const fields = await client.api(`${items}/${page.value[0].id}/fields`).get();
    expect(fields).toMatchObject({ MeetingKey: 'm-9', Position: 14, id: page.value[0].id });
  });

  test('If-Match: a stale eTag is 412 and changes nothing; the current one or * succeeds; DELETE likewise', async () => {
    const item = await client.api(items).post({ fields: { MeetingKey: 'm-3', Position: 1 } });
    const updated = await client.api(`${items}/${item.id}/fields`).header('If-Match', item.eTag).patch({ Position: 2 });
    expect(updated.Position).toBe(2);
    expect(updated['@odata.etag']).toBe(item.eTag.replace(/,1"$/, ',2"'));
    const stale = await graphFailure(client.api(`${items}/${item.id}/fields`).header('If-Match', item.eTag).patch({ Position: 3 }));
    expect(stale.statusCode).toBe(412);
    expect(stale.code).toBe('resourceModified');
    expect(graph.site.itemsOf('Items').find((i) => i.id === item.id)?.fields.Position).toBe(2);
    expect((await client.api(`${items}/${item.id}/fields`).header('If-Match', '*').patch({ Position: 4 }))['@odata.etag']).toMatch(/,3"$/);

    expect((await graphFailure(client.api(`${items}/${item.id}`).header('If-Match', updated['@odata.etag']).delete())).statusCode).toBe(412);
    const current = (await client.api(`${items}/${item.id}`).get()).eTag;
    await client.api(`${items}/${item.id}`).header('If-Match', current).delete();
    expect((await graphFailure(client.api(`${items}/${item.id}`).get())).statusCode).toBe(404);
  });
});

describe('paging', () => {
  test('200 items a page by default, $top up to 5,000, @odata.nextLink is absolute and complete', async () => {
    await createList('Paged', [{ name: 'N', number: {} }]);
    graph.site.seedItems('Paged', Array.from({ length: 450 }, (_, n) => ({ N: n })));
    const path = `${sitePath}/lists/Paged/items`;
    const first = await client.api(path).expand('fields').get();
    expect(first.value).toHaveLength(200);
    expect(first['@odata.nextLink']).toMatch(new RegExp(`^${graph.origin}/v1\\.0/sites/.+/items\\?.*\\$skiptoken=`));

    const seen: number[] = [];
    let page = await client.api(path).top(120).expand('fields($select=N)').get();
    for (;;) {
      seen.push(...page.value.map((i: { fields: { N: number } }) => i.fields.N));
      if (!page['@odata.nextLink']) break;
      page = await client.api(page['@odata.nextLink']).get();
      expect(page.value.every((i: { fields: object }) => Object.keys(i.fields).join() === '@odata.etag,N')).toBe(true);
    }
    expect(seen).toEqual(Array.from({ length: 450 }, (_, n) => n));
  });
});

describe('authentication and outages', () => {
  test('a Graph call without a valid token is 401 InvalidAuthenticationToken', async () => {
    const none = await rawRequest(graph, 'GET', `/v1.0${sitePath}`);
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('InvalidAuthenticationToken');
    const forged = await rawRequest(graph, 'GET', `/v1.0${sitePath}`, { token: 'emu-made-up' });
    expect(forged.status).toBe(401);
    const real = await rawRequest(graph, 'GET', `/v1.0${sitePath}`, { token: await bearerToken(graph) });
    expect(real.status).toBe(200);
  });

  test('after expireTokens() the cached token of a running client is refused mid-run', async () => {
    const own = graphTestClient(graph, { maxRetries: 0 });
    await own.api(sitePath).get();
    graph.expireTokens();
    const refused = await graphFailure(own.api(sitePath).get());
    expect(refused.statusCode).toBe(401);
    expect(refused.message).toContain('expired');
    await expect(graphTestClient(graph).api(sitePath).get()).resolves.toHaveProperty('id', graph.siteId);
  });

  test('an outage answers 503 with Retry-After until it is lifted; the SDK retries it', async () => {
    const retrying = graphTestClient(graph, { maxRetries: 2 });
    await retrying.api(sitePath).get();
    graph.faults.outage = { status: 503, retryAfterSeconds: 0 };
    graph.stats.reset();
    const down = await graphFailure(retrying.api(sitePath).get());
    expect(down.statusCode).toBe(503);
    expect(graph.stats.graphRequestCount).toBe(3);
    const raw = await rawRequest(graph, 'GET', `/v1.0${sitePath}`, { token: await bearerToken(graph) });
    expect(raw.headers.get('retry-after')).toBe('0');
    expect(raw.body.error.code).toBe('serviceNotAvailable');
    graph.faults.outage = null;
    await expect(retrying.api(sitePath).get()).resolves.toHaveProperty('id');
  });
});
