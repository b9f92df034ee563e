import { graphError, graphErrorBody, type GraphResponse } from './graphErrors';
import type { GraphRequest } from './graphRoutes';

/**
 * POST /v1.0/$batch, per https://learn.microsoft.com/en-us/graph/json-batching :
 * - body `{ requests: [{ id, method, url, headers?, body?, dependsOn? }] }`, at most 20
 *   requests; ids unique (not case-sensitive); `url` relative to the version root
 *   (`/sites/...` or `sites/...`); a body needs a Content-Type header;
 * - a malformed batch is a 400 for the whole envelope; otherwise the envelope is 200 and
 *   each request has its own status in `responses: [{ id, status, headers, body }]`;
 * - `dependsOn` orders requests; a request whose dependency failed gets 424 Failed Dependency;
 * - each request is counted and throttled on its own (the caller's `serve` does that).
 */
export const MAX_BATCH_REQUESTS = 20;

interface BatchItem {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  dependsOn: string[];
}

const invalidBatch = (message: string): GraphResponse => graphError(400, 'BadRequest', message);

function parseItems(body: unknown): BatchItem[] | GraphResponse {
  const requests = (body as { requests?: unknown } | null)?.requests;
  if (!Array.isArray(requests) || requests.length === 0) return invalidBatch('Invalid batch payload format: a non-empty requests array is required.');
  if (requests.length > MAX_BATCH_REQUESTS) return invalidBatch(`The batch contains ${requests.length} requests; at most ${MAX_BATCH_REQUESTS} are allowed.`);
  const items: BatchItem[] = [];
  const seen = new Set<string>();
  for (const raw of requests as Array<Record<string, unknown>>) {
    const { id, method, url } = raw ?? {};
    if (typeof id !== 'string' || id === '' || typeof method !== 'string' || typeof url !== 'string') {
      return invalidBatch('Invalid batch payload format: every request needs id, method and url.');
    }
    if (seen.has(id.toLowerCase())) return invalidBatch(`Batch request ids must be unique; '${id}' appears twice.`);
    seen.add(id.toLowerCase());
    const headers = Object.fromEntries(Object.entries((raw.headers ?? {}) as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), String(v)]));
    const dependsOn = raw.dependsOn === undefined ? [] : raw.dependsOn;
    if (!Array.isArray(dependsOn) || dependsOn.some((d) => typeof d !== 'string')) return invalidBatch(`dependsOn of '${id}' must be an array of ids.`);
    items.push({ id, method: method.toUpperCase(), url, headers, body: raw.body, dependsOn: dependsOn as string[] });
  }
  for (const item of items) {
    for (const dep of item.dependsOn) if (!seen.has(dep.toLowerCase())) return invalidBatch(`'${item.id}' depends on unknown request '${dep}'.`);
  }
  return items;
}

/** Runs a batch; `serve` handles one inner request (logging, throttling, routing). */
export async function handleBatch(body: unknown, serve: (request: GraphRequest, id: string) => Promise<GraphResponse>): Promise<GraphResponse> {
  const parsed = parseItems(body);
  if (!Array.isArray(parsed)) return parsed;
  const results = new Map<string, GraphResponse>();
  const pending = [...parsed];
  while (pending.length > 0) {
    const index = pending.findIndex((item) => item.dependsOn.every((dep) => results.has(dep.toLowerCase())));
    if (index < 0) return invalidBatch('The dependsOn references of the batch form a cycle.');
    const [item] = pending.splice(index, 1) as [BatchItem];
    results.set(item.id.toLowerCase(), await runItem(item, results, serve));
  }
  const responses = parsed.map((item) => {
    const result = results.get(item.id.toLowerCase())!;
    return { id: item.id, status: result.status, headers: result.headers, ...(result.body === undefined ? {} : { body: result.body }) };
  });
  return { status: 200, headers: { 'Content-Type': 'application/json' }, body: { responses } };
}

async function runItem(item: BatchItem, results: Map<string, GraphResponse>, serve: (request: GraphRequest, id: string) => Promise<GraphResponse>): Promise<GraphResponse> {
  const failed = item.dependsOn.find((dep) => results.get(dep.toLowerCase())!.status >= 400);
  if (failed) {
    return { status: 424, headers: { 'Content-Type': 'application/json' }, body: graphErrorBody('failedDependency', `The request depends on request '${failed}', which failed.`) };
  }
  if (/^https?:/i.test(item.url)) return graphError(400, 'BadRequest', 'The url of a batch request must be relative to the version root, e.g. /sites/{site-id}.');
  if (item.body !== undefined && !item.headers['content-type']) return graphError(400, 'BadRequest', 'A Content-Type header is required when a body is supplied.');
  const url = item.url.startsWith('/') ? item.url : `/${item.url}`;
  return serve({ method: item.method, url, headers: item.headers, body: item.body }, item.id);
}
