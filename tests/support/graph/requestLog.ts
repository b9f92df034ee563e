/**
 * What the emulator saw, for assertions and for the benchmark's request counts.
 * Every outer HTTP request is logged (Graph, token and discovery), and every request
 * inside a $batch gets its own entry pointing at its batch.
 */
export type RequestKind = 'graph' | 'batch' | 'batch-inner' | 'token' | 'discovery';

export interface RequestLogEntry {
  kind: RequestKind;
  method: string;
  /** Path and query as requested, e.g. `/v1.0/sites/…/items?$top=10` (inner: relative to /v1.0). */
  path: string;
  status: number;
  /** Resource units charged (0 when not charged: throttled, envelope, token). */
  resourceUnits: number;
  /** For batch-inner: the id of the request inside the batch, and the log index of its envelope. */
  batchRequestId?: string;
  batchIndex?: number;
  at: number;
}

export class RequestLog {
  readonly entries: RequestLogEntry[] = [];
  /** Outer HTTP calls to Graph (a $batch counts once), token and discovery calls excluded. */
  graphRequestCount = 0;
  /** Outer $batch envelopes (also counted in graphRequestCount). */
  batchCount = 0;
  /** Requests inside $batch envelopes. */
  innerRequestCount = 0;
  tokenRequestCount = 0;
  /** 429 answers, outer and inner. */
  throttledCount = 0;
  /** SharePoint resource units charged (see throttling.ts for the cost table). */
  resourceUnitsUsed = 0;

  constructor(private readonly clock: () => number) {}

  add(entry: Omit<RequestLogEntry, 'at'>): number {
    this.entries.push({ ...entry, at: this.clock() });
    if (entry.kind === 'graph' || entry.kind === 'batch') this.graphRequestCount++;
    if (entry.kind === 'batch') this.batchCount++;
    if (entry.kind === 'batch-inner') this.innerRequestCount++;
    if (entry.kind === 'token') this.tokenRequestCount++;
    if (entry.status === 429) this.throttledCount++;
    this.resourceUnitsUsed += entry.resourceUnits;
    return this.entries.length - 1;
  }

  /** Sets the status of an entry added before its answer was known (a batch envelope). */
  setStatus(index: number, status: number): void {
    const entry = this.entries[index];
    if (entry) entry.status = status;
  }

  /** Graph requests (outer, not batch envelopes, and inner) in order: what the store asked for. */
  graphCalls(): RequestLogEntry[] {
    return this.entries.filter((e) => e.kind === 'graph' || e.kind === 'batch-inner');
  }

  reset(): void {
    this.entries.length = 0;
    this.graphRequestCount = 0;
    this.batchCount = 0;
    this.innerRequestCount = 0;
    this.tokenRequestCount = 0;
    this.throttledCount = 0;
    this.resourceUnitsUsed = 0;
  }
}
