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
 */
export type ConnectorCallKind = 'send' | 'reply' | 'update' | 'delete' | 'createConversation';

export interface ConnectorCall {
  kind: ConnectorCallKind;
  conversationId: string;
  activityId?: string;
  authorization?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  activity: any;
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
  private nextId = 1;
  /** Status to answer the next send/reply/update with, to test a connector outage. */
  failNext: { status: number; count: number } | undefined;
  readonly signingKey: SigningKey = createSigningKey('test-key-1');
  /** Team rosters by team/channel conversation id, as Teams would list them. */
  readonly rosters = new Map<string, RosterMember[]>();

  private constructor(private readonly server: http.Server, readonly url: string) {}

  static async start(): Promise<ConnectorEmulator> {
    const holder: { emulator?: ConnectorEmulator } = {};
    const server = http.createServer((req, res) => void holder.emulator!.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    holder.emulator = new ConnectorEmulator(server, `http://127.0.0.1:${port}`);
    return holder.emulator;
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
    this.calls.push({ kind, conversationId, activityId, authorization: req.headers.authorization, activity: body });
    if (kind === 'delete') return json(200, {});
    if (kind === 'createConversation') return json(201, { id: `a:conversation-${this.nextId++}`, activityId: `activity-${this.nextId++}` });
    return json(kind === 'update' ? 200 : 201, { id: kind === 'update' ? activityId : `activity-${this.nextId++}` });
  }
}
