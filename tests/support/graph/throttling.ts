import { graphErrorBody, type GraphResponse } from './graphErrors';
import { seededRandom, type Random } from './seededRandom';

/**
 * Injected faults and SharePoint's resource-unit budget.
 *
 * Throttled answers follow https://learn.microsoft.com/en-us/graph/throttling: HTTP 429
 * with a Retry-After header (seconds) and the body
 * {"error":{"code":"TooManyRequests","message":"Please retry again later.", "innerError":{...,"status":"429"}}}.
 * In a $batch each request is judged on its own and a throttled one fails with 429 inside
 * a 200 batch response (https://learn.microsoft.com/en-us/graph/json-batching, "Batch size
 * limitations"), so the emulator throttles inner requests, never the batch envelope.
 *
 * Resource units, per https://learn.microsoft.com/en-us/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online :
 * 1 RU for a single-item query (get a site, a list, a column or an item), 2 RU for a
 * multi-item query (list lists, columns or items) and for create, update and delete,
 * 5 RU for permission operations (not emulated). Requests inside a $batch are counted
 * one by one. The budget is per application per minute (1,200 RU for tenants with up to
 * 1,000 licenses); the emulator keeps a rolling 60-second window. The doc says throttled
 * requests count too; the emulator does not charge them, so that a client which honours
 * Retry-After recovers at a predictable time (Retry-After is when enough RU expire).
 */
export interface GraphOutage {
  /** Status every Graph request answers with (503 by default). */
  status: number;
  retryAfterSeconds?: number;
}

export interface GraphFaults {
  /** Probability (0..1) that a Graph request (outer, or inside a $batch) answers 429. Seeded, so repeatable. */
  throttleProbability: number;
  /** Retry-After (seconds) on random throttling, outages and the list view threshold; 0 keeps tests fast. */
  retryAfterSeconds: number;
  /** Resource units an app may use per rolling minute; null for no budget. */
  resourceUnitsPerMinute: number | null;
  /** When set, every Graph request (not the token endpoint) fails with this status. */
  outage: GraphOutage | null;
  /** Milliseconds added before answering each outer HTTP request. */
  latencyMs: number;
  /** SharePoint's list view threshold. */
  listViewThreshold: number;
}

export const defaultFaults = (): GraphFaults => ({
  throttleProbability: 0, retryAfterSeconds: 1, resourceUnitsPerMinute: null, outage: null, latencyMs: 0, listViewThreshold: 5000,
});

/** RU cost of one request, from its method and the shape of its path. */
export function resourceUnitCost(method: string, path: string): number {
  if (method !== 'GET') return 2;
  const last = path.split('?')[0]!.replace(/\/+$/, '').split('/').pop() ?? '';
  return ['lists', 'columns', 'items'].includes(last) ? 2 : 1;
}

export function throttledResponse(retryAfterSeconds: number, message = 'Please retry again later.'): GraphResponse {
  const body = graphErrorBody('TooManyRequests', message) as { error: { innerError: Record<string, string> } };
  Object.assign(body.error.innerError, { code: '429', message: 'Please retry after', status: '429' });
  return { status: 429, headers: { 'Content-Type': 'application/json', 'Retry-After': String(retryAfterSeconds) }, body };
}

export function outageResponse(outage: GraphOutage, fallbackRetryAfter: number): GraphResponse {
  const retryAfter = String(outage.retryAfterSeconds ?? fallbackRetryAfter);
  return {
    status: outage.status,
    headers: { 'Content-Type': 'application/json', 'Retry-After': retryAfter },
    body: graphErrorBody(outage.status === 503 ? 'serviceNotAvailable' : 'generalException', 'The service is temporarily unavailable. Try again after a delay.'),
  };
}

const WINDOW_MS = 60_000;

export class Throttler {
  private random: Random;
  private window: Array<{ at: number; cost: number }> = [];

  constructor(private readonly faults: GraphFaults, private readonly clock: () => number, private seed: number) {
    this.random = seededRandom(seed);
  }

  reset(seed = this.seed): void {
    this.seed = seed;
    this.random = seededRandom(seed);
    this.window = [];
  }

  /** Resource units used in the last 60 seconds. */
  resourceUnitsInWindow(): number {
    this.expire();
    return this.window.reduce((sum, e) => sum + e.cost, 0);
  }

  /** Decides for one Graph request: a 429 to send, or undefined (and the request's RU are charged). */
  admit(method: string, path: string): { throttled?: GraphResponse; cost: number } {
    const cost = resourceUnitCost(method, path);
    if (this.faults.throttleProbability > 0 && this.random() < this.faults.throttleProbability) {
      return { throttled: throttledResponse(this.faults.retryAfterSeconds), cost };
    }
    const budget = this.faults.resourceUnitsPerMinute;
    if (budget !== null && this.resourceUnitsInWindow() + cost > budget) {
      return { throttled: throttledResponse(this.secondsUntilRoom(cost, budget), 'The request has been throttled: resource unit budget exceeded.'), cost };
    }
    this.window.push({ at: this.clock(), cost });
    return { cost };
  }

  private expire(): void {
    const horizon = this.clock() - WINDOW_MS;
    while (this.window.length > 0 && this.window[0]!.at <= horizon) this.window.shift();
  }

  private secondsUntilRoom(cost: number, budget: number): number {
    let used = this.resourceUnitsInWindow();
    for (const entry of this.window) {
      used -= entry.cost;
      if (used + cost <= budget) return Math.max(1, Math.ceil((entry.at + WINDOW_MS - this.clock()) / 1000));
    }
    return Math.ceil(WINDOW_MS / 1000);
  }
}
