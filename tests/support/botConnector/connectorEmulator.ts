import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSigningKey, jwks, openIdConfiguration, signToken, type SigningKey, type TokenClaims } from './channelAuthority';

/**
 * A Bot Connector service for tests: the bot sends its replies here (the activity's
 * serviceUrl), exactly as the Bot Framework REST API defines the calls:
 * https://learn.microsoft.com/en-us/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference
 *   POST   /v3/conversations/{conversationId}/activities                (send to conversation)
 *   POST   /v3/conversations/{conversationId}/activities/{activityId}   (reply to activity)
 *   PUT    /v3/conversations/{conversationId}/activities/{activityId}   (update activity)
 *   DELETE /v3/conversations/{conversationId}/activities/{activityId}   (delete activity)
 *   POST   /v3/conversations                                            (create conversation)
 *   GET    /v3/conversations/{conversationId}/pagedmembers?pageSize&continuationToken (team roster)
 *   GET    /v3/conversations/{conversationId}/members/{memberId}       (one member; 404 MemberNotFoundInConversation)
 *          https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/get-teams-context#fetch-the-roster-or-user-profile
 * Each send answers a ResourceResponse `{ id }`. It also serves the OpenID metadata
 * and signing keys of the channel, so production-mode tests can mint real tokens.
 *
 * Rate limits, when started with them (https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/rate-limit):
 * per bot and conversation ("thread") at most 7 requests in 1 s, 8 in 2 s and 60 in 30 s,
 * and an app-wide number per second (Teams documents 50 per app and tenant); a request
 * over a limit is answered 429 with Retry-After and not delivered. Faults can be
 * injected per conversation (or, for createConversation, per member): 429 with
 * Retry-After, 500, 403 (the bot was removed or blocked), 404 (the conversation is
 * gone). Every delivered activity is recorded in `calls`, so tests count duplicates
 * and losses; refused requests are in `refused`.
 */
export interface RateWindow {
  limit: number;
  ms: number;
}

export const TEAMS_THREAD_LIMITS: RateWindow[] = [
  { limit: 7, ms: 1000 },
  { limit: 8, ms: 2000 },
  { limit: 60, ms: 30_000 },
];

export interface EmulatorOptions {
  /** Enforce Teams' per-conversation limits and this app-wide rate per second. */
  limits?: { perConversation?: RateWindow[]; appPerSecond: number };
}

export interface InjectedFault {
  status: 403 | 404 | 429 | 500 | 502 | 503;
  retryAfterSeconds?: number;
  /** How many requests it answers; the ones after go through. */
  count?: number;
}

export interface RefusedCall {
  kind: ConnectorCallKind;
  conversationId: string;
  status: number;
  reason: 'fault' | 'rateLimit';
  at: number;
}

const ERROR_CODES: Record<number, string> = { 403: 'BotDisabledByAdmin', 404: 'ConversationNotFound', 429: 'TooManyRequests', 500: 'ServiceError', 502: 'BadGateway', 503: 'ServiceUnavailable' };
export type ConnectorCallKind = 'send' | 'reply' | 'update' | 'delete' | 'createConversation';

export interface ConnectorCall {
  kind: ConnectorCallKind;
  conversationId: string;
  activityId?: string;
  authorization?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  activity: any;
  /** When it arrived (performance.now()). */
  at?: number;
}

export interface RosterMember {
  id: string;
  name: string;
  aadObjectId: string;
  userPrincipalName?: string;
  userRole?: 'user' | 'guest';
}

export class ConnectorEmulator {
  readonly calls: ConnectorCall[] = [];
  readonly refused: RefusedCall[] = [];
  /** Milliseconds every activity call takes to answer (a slow Teams, or time to kill a sender mid-run). */
  latencyMs = 0;
  private readonly faults = new Map<string, InjectedFault[]>();
  private readonly byConversation = new Map<string, number[]>();
  private readonly appWide: number[] = [];
  private nextId = 1;
  /** Status to answer the next send/reply/update with, to test a connector outage. */
  failNext: { status: number; count: number } | undefined;
  readonly signingKey: SigningKey = createSigningKey('test-key-1');
  /** Team rosters by team/channel conversation id, as Teams would list them. */
  readonly rosters = new Map<string, RosterMember[]>();

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
    private readonly options: EmulatorOptions,
  ) {}

  static async start(options: EmulatorOptions = {}): Promise<ConnectorEmulator> {
    const holder: { emulator?: ConnectorEmulator } = {};
    const server = http.createServer((req, res) => void holder.emulator!.handle(req, res));
    // Thousands of proactive sends keep many sockets alive at once.
    server.maxConnections = 10_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    holder.emulator = new ConnectorEmulator(server, `http://127.0.0.1:${port}`, options);
    return holder.emulator;
  }

  /** The next requests to this conversation (or, opening a chat, for this member) fail this way, in order. */
  inject(conversationOrMember: string, ...faults: InjectedFault[]): void {
    this.faults.set(conversationOrMember, [...(this.faults.get(conversationOrMember) ?? []), ...faults.map((f) => ({ count: 1, ...f }))]);
  }

  /** The id Teams gives the personal chat of the bot and one person: the same every time it is opened. */
  static personalChatId(userId: string): string {
    return `a:1${crypto.createHash('sha256').update(`chat:${userId}`).digest('hex').slice(0, 40)}`;
  }

  /** Delivered activities per conversation (sends, replies and the first message of an opened chat). */
  deliveredCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const call of this.posted()) counts.set(call.conversationId, (counts.get(call.conversationId) ?? 0) + 1);
    return counts;
  }

  get openIdMetadataUrl(): string {
    return `${this.url}/v1/.well-known/openidconfiguration`;
  }

  /** A token as the Bot Connector would send it with each activity. */
  channelToken(claims: Omit<TokenClaims, 'serviceUrl'> & { serviceUrl?: string }): string {
    return signToken(this.signingKey, { serviceUrl: this.url, ...claims });
  }

  clear(): void {
    this.calls.length = 0;
    this.refused.length = 0;
    this.faults.clear();
  }

  /** Activities the bot posted into a conversation (sends and replies), in order. */
  posted(conversationId?: string): ConnectorCall[] {
    return this.calls.filter((c) => (c.kind === 'send' || c.kind === 'reply') && (!conversationId || c.conversationId === conversationId));
  }

  updates(): ConnectorCall[] {
    return this.calls.filter((c) => c.kind === 'update');
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private rosterPage(conversationId: string, query: URLSearchParams): { members: RosterMember[]; continuationToken?: string } {
    const teamId = conversationId.split(';')[0]!;
    const members = this.rosters.get(teamId) ?? [];
    // Teams pages at most 500 members; the token is opaque to the caller.
    const size = Math.min(Number(query.get('pageSize') ?? 500) || 500, 500);
    const start = Number(query.get('continuationToken') ?? 0);
    const page = members.slice(start, start + size);
    return { members: page, ...(start + size < members.length ? { continuationToken: String(start + size) } : {}) };
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = chunks.length > 0 ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
    const path = new URL(req.url ?? '/', this.url).pathname;
    const json = (status: number, value: unknown): void => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(value));
    };

    if (path === '/v1/.well-known/openidconfiguration') return json(200, openIdConfiguration(this.url));
    if (path === '/v1/.well-known/keys') return json(200, jwks([this.signingKey], ['msteams']));

    const roster = /^\/v3\/conversations\/([^/]+)\/pagedmembers$/.exec(path);
    if (roster && req.method === 'GET') return json(200, this.rosterPage(decodeURIComponent(roster[1]!), new URL(req.url ?? '/', this.url).searchParams));

    const member = /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/.exec(path);
    if (member && req.method === 'GET') {
      const teamId = decodeURIComponent(member[1]!).split(';')[0]!;
      const found = (this.rosters.get(teamId) ?? []).find((m) => m.id === decodeURIComponent(member[2]!));
      return found ? json(200, found) : json(404, { error: { code: 'MemberNotFoundInConversation', message: 'The member was not found in the conversation.' } });
    }

    const match = /^\/v3\/conversations(?:\/([^/]+)\/activities(?:\/([^/]+))?)?$/.exec(path);
    if (!match) return json(404, { error: { code: 'NotFound', message: `No route ${req.method} ${path}` } });
    if (this.failNext && this.failNext.count > 0) {
      this.failNext.count--;
      return json(this.failNext.status, { error: { code: 'ServiceError', message: 'Injected failure' } });
    }
    const conversationId = match[1] ? decodeURIComponent(match[1]) : '';
    const activityId = match[2] ? decodeURIComponent(match[2]) : undefined;
    const kind: ConnectorCallKind | undefined =
      !match[1] && req.method === 'POST' ? 'createConversation'
      : req.method === 'POST' ? (activityId ? 'reply' : 'send')
      : req.method === 'PUT' && activityId ? 'update'
      : req.method === 'DELETE' && activityId ? 'delete'
      : undefined;
    if (!kind) return json(405, { error: { code: 'MethodNotAllowed', message: `${req.method} ${path}` } });
    const invited = kind === 'createConversation' ? String(body?.members?.[0]?.id ?? '') : '';
    const thread = kind === 'createConversation' ? ConnectorEmulator.personalChatId(invited) : conversationId;
    const arrived = performance.now();
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));

    const fault = this.takeFault(kind === 'createConversation' ? invited : conversationId);
    if (fault) {
      this.refused.push({ kind, conversationId: thread, status: fault.status, reason: 'fault', at: arrived });
      if (fault.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(fault.retryAfterSeconds));
      return json(fault.status, { error: { code: ERROR_CODES[fault.status] ?? 'ServiceError', message: 'Injected failure' } });
    }
    const overLimit = this.overLimit(thread, arrived);
    if (overLimit !== undefined) {
      this.refused.push({ kind, conversationId: thread, status: 429, reason: 'rateLimit', at: arrived });
      res.setHeader('Retry-After', String(overLimit));
      return json(429, { error: { code: 'TooManyRequests', message: 'Too many requests' } });
    }

    if (kind === 'createConversation') {
      // Teams opens the chat and, given an activity, posts it as the chat's first message.
      if (body?.activity) this.calls.push({ kind: 'send', conversationId: thread, authorization: req.headers.authorization, activity: body.activity, at: arrived });
      this.calls.push({ kind, conversationId: thread, authorization: req.headers.authorization, activity: body, at: arrived });
      return json(201, { id: thread, activityId: `activity-${this.nextId++}` });
    }
    this.calls.push({ kind, conversationId, activityId, authorization: req.headers.authorization, activity: body, at: arrived });
    if (kind === 'delete') return json(200, {});
    return json(kind === 'update' ? 200 : 201, { id: kind === 'update' ? activityId : `activity-${this.nextId++}` });
  }

  private takeFault(key: string): InjectedFault | undefined {
    const queue = this.faults.get(key);
    const fault = queue?.[0];
    if (!fault) return undefined;
    fault.count = (fault.count ?? 1) - 1;
    if (fault.count <= 0) queue!.shift();
    return fault;
  }

  /** Seconds to wait when one more request would break a limit; undefined when it may pass (and is counted). */
  private overLimit(thread: string, now: number): number | undefined {
    const limits = this.options.limits;
    if (!limits) return undefined;
    const perConversation = limits.perConversation ?? TEAMS_THREAD_LIMITS;
    const own = this.byConversation.get(thread) ?? [];
    const checks: [number[], RateWindow][] = [...perConversation.map((w): [number[], RateWindow] => [own, w]), [this.appWide, { limit: limits.appPerSecond, ms: 1000 }]];
    let wait = 0;
    for (const [times, window] of checks) {
      const inWindow = times.filter((t) => t > now - window.ms);
      if (inWindow.length >= window.limit) wait = Math.max(wait, inWindow[inWindow.length - window.limit]! + window.ms - now);
    }
    if (wait > 0) return Math.max(1, Math.ceil(wait / 1000));
    own.push(now);
    this.byConversation.set(thread, own.filter((t) => t > now - 30_000));
    this.appWide.push(now);
    if (this.appWide.length > 4 * limits.appPerSecond) this.appWide.splice(0, this.appWide.length - 2 * limits.appPerSecond);
    return undefined;
  }
}
