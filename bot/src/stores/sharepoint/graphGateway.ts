import type { Client } from '@microsoft/microsoft-graph-client';
import { RETRYABLE, retryDelayMs, sleep, type RetryPolicy } from './retryPolicy';

/**
 * Every Graph call of the SharePoint store goes through here. Requests issued in the
 * same turn of the event loop travel together in one JSON batch (at most 20 each),
 * so independent reads cost one round trip. Graph answers a batch with 200 even when
 * some requests inside it were throttled; those are retried on their own, after
 * their own Retry-After, while the others are already answered.
 * https://learn.microsoft.com/en-us/graph/json-batching
 */
export interface GraphCall {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Relative to the version root, e.g. `/sites/{id}/lists/{id}/items?$filter=…`. */
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface GraphAnswer {
  status: number;
  headers: Record<string, string>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

interface Pending {
  call: GraphCall;
  resolve: (answer: GraphAnswer) => void;
  reject: (error: unknown) => void;
}

export const MAX_BATCH = 20;

export class GraphGateway {
  private queue: Pending[] = [];
  private scheduled = false;
  private client: Client;

  /**
   * `createClient` builds a client with a fresh credential: a token Graph rejects
   * (401: revoked, or the app's secret rotated) is replaced once, not reused until it expires.
   */
  constructor(
    private readonly createClient: () => Client,
    private readonly policy: RetryPolicy,
  ) {
    this.client = createClient();
  }

  private async withFreshTokenOn401(send: () => Promise<GraphAnswer>): Promise<GraphAnswer> {
    const answer = await send();
    if (answer.status !== 401) return answer;
    this.client = this.createClient();
    return send();
  }

  send(call: GraphCall): Promise<GraphAnswer> {
    return new Promise((resolve, reject) => {
      this.queue.push({ call, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Follows an absolute @odata.nextLink; pages are read one after the other. */
  async nextPage(link: string): Promise<GraphAnswer> {
    return this.direct({ method: 'GET', url: link });
  }

  private flush(): void {
    const pending = this.queue;
    this.queue = [];
    this.scheduled = false;
    this.dispatch(pending, 0);
  }

  /** One request goes on its own; more go in batches of at most 20. */
  private dispatch(pending: Pending[], attempt: number): void {
    if (pending.length === 1) {
      const [only] = pending;
      this.direct(only!.call).then(only!.resolve, only!.reject);
      return;
    }
    for (let i = 0; i < pending.length; i += MAX_BATCH) void this.batch(pending.slice(i, i + MAX_BATCH), attempt);
  }

  private direct(call: GraphCall): Promise<GraphAnswer> {
    return this.withFreshTokenOn401(() => this.once(call));
  }

  private async once(call: GraphCall): Promise<GraphAnswer> {
    let request = this.client.api(call.url);
    for (const [name, value] of Object.entries(call.headers ?? {})) request = request.header(name, value);
    try {
      const body = await (call.method === 'GET' ? request.get() : call.method === 'POST' ? request.post(call.body) : call.method === 'PATCH' ? request.patch(call.body) : request.delete());
      return { status: call.method === 'POST' ? 201 : call.method === 'DELETE' ? 204 : 200, headers: {}, body };
    } catch (error) {
      return answerFromError(error);
    }
  }

  private async batch(pending: Pending[], attempt: number): Promise<void> {
    const requests = pending.map((p, index) => ({
      id: String(index + 1),
      method: p.call.method,
      url: p.call.url,
      headers: { ...(p.call.body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...p.call.headers },
      ...(p.call.body !== undefined ? { body: p.call.body } : {}),
    }));
    const outer = await this.withFreshTokenOn401(async () => {
      try {
        return { status: 200, headers: {}, body: await this.client.api('/$batch').post({ requests }) };
      } catch (error) {
        return answerFromError(error);
      }
    });
    if (outer.status !== 200 || !Array.isArray(outer.body?.responses)) {
      for (const p of pending) p.resolve(outer);
      return;
    }
    const retry: { pending: Pending; delayMs: number }[] = [];
    for (const [index, p] of pending.entries()) {
      const inner = (outer.body.responses as GraphAnswer[] & { id: string }[]).find((r) => (r as unknown as { id: string }).id === String(index + 1));
      if (!inner) {
        p.resolve({ status: 502, headers: {}, body: { error: { code: 'missingBatchResponse' } } });
        continue;
      }
      const headers = lowerCaseKeys(inner.headers ?? {});
      if (RETRYABLE.has(inner.status) && attempt < this.policy.maxRetries) {
        retry.push({ pending: p, delayMs: retryDelayMs(this.policy, attempt, headers['retry-after']) });
      } else {
        p.resolve({ status: inner.status, headers, body: inner.body });
      }
    }
    if (retry.length === 0) return;
    await sleep(Math.max(...retry.map((r) => r.delayMs)));
    this.dispatch(retry.map((r) => r.pending), attempt + 1);
  }
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

/**
 * Entra's refusal of the app's credential (a wrong or expired secret, an unknown app),
 * as @azure/identity passes it on: "AADSTS<number>: <description>" followed by trace lines.
 * https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes
 */
const ENTRA_ERROR = /\b(AADSTS\d+): *([^\r\n]*)/;

/**
 * The Graph client throws for any status ≥ 400; the status and body are what matter
 * here. When no token could be had, nothing reached Graph (status 0): what Entra said
 * is kept, so a wrong secret reads as such and not as an unexplained failure.
 */
function answerFromError(error: unknown): GraphAnswer {
  const graphError = error as { statusCode?: number; body?: unknown; headers?: Headers; message?: string };
  let body: unknown = graphError.body;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      // Keep the text.
    }
  }
  const status = typeof graphError.statusCode === 'number' && graphError.statusCode > 0 ? graphError.statusCode : 0;
  if (status > 0) return { status, headers: {}, body: body ?? {} };
  const entra = ENTRA_ERROR.exec(`${graphError.message ?? ''}\n${typeof graphError.body === 'string' ? graphError.body : ''}`);
  // Without line breaks, @azure/identity runs on with " - Correlation ID: …" after the description.
  if (entra) return { status: 0, headers: {}, body: { error: { code: entra[1], message: entra[2]!.split(' - ')[0]!.trim(), from: 'entra' } } };
  const said = graphError.message || (typeof graphError.body === 'string' ? graphError.body : '') || String(error);
  return { status: 0, headers: {}, body: { error: { code: 'networkError', message: said } } };
}
