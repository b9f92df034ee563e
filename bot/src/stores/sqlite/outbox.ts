import type Database from 'better-sqlite3';
import type { NewOutboxEntry, OutboxEntry } from '../../domain/outbox';
import type { OutboxRepository } from '../../domain/storage';
import type { Row } from './rows';
import { insertIfAbsent, prepared, select, updateVersioned } from './versioned';

const opt = <T>(value: unknown): T | undefined => (value === null || value === undefined ? undefined : (value as T));

const entryFromRow = (r: Row): OutboxEntry => ({
  id: r.id as string,
  key: r.key as string,
  groupId: r.group_id as string,
  kind: r.kind as string,
  target: JSON.parse(r.target as string) as OutboxEntry['target'],
  message: JSON.parse(r.message as string) as OutboxEntry['message'],
  notBefore: r.not_before as string,
  usefulUntil: r.useful_until as string,
  state: r.state as OutboxEntry['state'],
  attempts: r.attempts as number,
  claimedBy: opt(r.claimed_by),
  leaseUntil: opt(r.lease_until),
  reason: opt(r.reason),
  detail: opt(r.detail),
  sentAt: opt(r.sent_at),
  activityId: opt(r.activity_id),
  conversationId: opt(r.conversation_id),
  createdAt: r.created_at as string,
  updatedAt: r.updated_at as string,
  version: String(r.version),
});

const entryParams = (e: Omit<OutboxEntry, 'version'>): Row => ({
  id: e.id,
  key: e.key,
  group_id: e.groupId,
  kind: e.kind,
  target: JSON.stringify(e.target),
  message: JSON.stringify(e.message),
  not_before: e.notBefore,
  useful_until: e.usefulUntil,
  state: e.state,
  attempts: e.attempts,
  claimed_by: e.claimedBy ?? null,
  lease_until: e.leaseUntil ?? null,
  reason: e.reason ?? null,
  detail: e.detail ?? null,
  sent_at: e.sentAt ?? null,
  activity_id: e.activityId ?? null,
  conversation_id: e.conversationId ?? null,
  created_at: e.createdAt,
  updated_at: e.updatedAt,
});

/**
 * The outbox in SQLite. Every change is one statement, atomic across processes:
 * INSERT … ON CONFLICT (key) DO NOTHING enqueues once, and a claim or an outcome is
 * an UPDATE … WHERE version = the one read, so of two processes only one succeeds.
 */
export class SqliteOutbox implements OutboxRepository {
  private readonly byId: Database.Statement;
  private readonly byKey: Database.Statement;
  private readonly due: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.byId = db.prepare('SELECT * FROM outbox WHERE id = ?');
    this.byKey = db.prepare('SELECT * FROM outbox WHERE key = ?');
    this.due = db.prepare(
      `SELECT * FROM outbox WHERE (state = 'pending' AND not_before <= @now) OR (state = 'claimed' AND lease_until <= @now) ORDER BY created_at, id`,
    );
  }

  async enqueue(entry: NewOutboxEntry): Promise<{ entry: OutboxEntry; created: boolean }> {
    const params = entryParams({ ...entry, state: entry.state ?? 'pending', attempts: 0, updatedAt: entry.createdAt });
    const created = insertIfAbsent(this.db, 'outbox', 'key', params);
    return { entry: entryFromRow(this.byKey.get(entry.key) as Row), created };
  }

  async get(id: string): Promise<OutboxEntry | undefined> {
    const row = this.byId.get(id) as Row | undefined;
    return row ? entryFromRow(row) : undefined;
  }

  async findByKey(key: string): Promise<OutboxEntry | undefined> {
    const row = this.byKey.get(key) as Row | undefined;
    return row ? entryFromRow(row) : undefined;
  }

  async existingKeys(keys: string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const rows = prepared(this.db, 'SELECT key FROM outbox WHERE key IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(keys)) as string[];
    return new Set(rows);
  }

  async listDue(nowIso: string): Promise<OutboxEntry[]> {
    return (this.due.all({ now: nowIso }) as Row[]).map(entryFromRow);
  }

  async listByGroup(groupId: string): Promise<OutboxEntry[]> {
    return select(this.db, 'SELECT * FROM outbox WHERE group_id = ? ORDER BY created_at, id', entryFromRow, groupId);
  }

  async claim(entry: OutboxEntry, owner: string, leaseUntilIso: string, atIso: string): Promise<OutboxEntry | undefined> {
    const result = prepared(
      this.db,
      `UPDATE outbox SET state = 'claimed', claimed_by = @owner, lease_until = @lease, updated_at = @at, version = version + 1
       WHERE id = @id AND version = @version`,
    ).run({ owner, lease: leaseUntilIso, at: atIso, id: entry.id, version: Number(entry.version) });
    if (result.changes !== 1) return undefined;
    return { ...entry, state: 'claimed', claimedBy: owner, leaseUntil: leaseUntilIso, updatedAt: atIso, version: String(Number(entry.version) + 1) };
  }

  async update(entry: OutboxEntry): Promise<OutboxEntry> {
    const version = updateVersioned(this.db, 'outbox', 'id', entryParams(entry), entry.version, 'outbox entry');
    return { ...entry, version: String(version) };
  }
}
