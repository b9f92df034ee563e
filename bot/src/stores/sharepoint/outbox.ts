import { isDue, type NewOutboxEntry, type OutboxEntry } from '../../domain/outbox';
import { VersionConflictError, type OutboxRepository } from '../../domain/storage';
import * as map from './fields';
import { MAX_BATCH } from './graphGateway';
import type { ListClient } from './listClient';
import { Records } from './records';

/**
 * The outbox as a SharePoint list. The entry's key is a unique column, so a second
 * enqueuer's create fails (409) and finds the first one's entry; a claim is a PATCH
 * with If-Match, so of two processes claiming the same eTag one gets 412 and backs off.
 * Senders look only for pending and claimed entries: State is indexed, and the
 * handful of open entries stays far below the list view threshold however many
 * sent ones accumulate.
 */
export class SharePointOutbox implements OutboxRepository {
  private readonly records: Records<OutboxEntry>;

  constructor(list: ListClient) {
    this.records = new Records(list, map.outboxFrom);
  }

  async enqueue(entry: NewOutboxEntry): Promise<{ entry: OutboxEntry; created: boolean }> {
    const full = { ...entry, state: entry.state ?? 'pending', attempts: 0, updatedAt: entry.createdAt };
    const { record, created } = await this.records.createUnlessTaken(map.outboxFields(full), () => this.findByKey(entry.key));
    return { entry: record, created };
  }

  get(id: string): Promise<OutboxEntry | undefined> {
    return this.records.one('RecordId', id);
  }

  findByKey(key: string): Promise<OutboxEntry | undefined> {
    return this.records.one('EntryKey', key);
  }

  /** One $batch of lookups at a time, so a long list of keys never floods Graph. */
  async existingKeys(keys: string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (let i = 0; i < keys.length; i += MAX_BATCH) {
      const chunk = keys.slice(i, i + MAX_BATCH);
      const entries = await Promise.all(chunk.map((key) => this.findByKey(key)));
      for (const entry of entries) if (entry) found.add(entry.key);
    }
    return found;
  }

  async listDue(nowIso: string): Promise<OutboxEntry[]> {
    const [pending, claimed] = await Promise.all([this.records.where('State', 'pending'), this.records.where('State', 'claimed')]);
    return [...pending, ...claimed].filter((e) => isDue(e, nowIso)).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  async listByGroup(groupId: string): Promise<OutboxEntry[]> {
    return (await this.records.where('GroupId', groupId)).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  async claim(entry: OutboxEntry, owner: string, leaseUntilIso: string, atIso: string): Promise<OutboxEntry | undefined> {
    try {
      const version = await this.records.update(entry.version, { State: 'claimed', ClaimedBy: owner, LeaseUntil: leaseUntilIso, UpdatedAt: atIso }, entry.id);
      return { ...entry, state: 'claimed', claimedBy: owner, leaseUntil: leaseUntilIso, updatedAt: atIso, version };
    } catch (error) {
      if (error instanceof VersionConflictError) return undefined;
      throw error;
    }
  }

  async update(entry: OutboxEntry): Promise<OutboxEntry> {
    return { ...entry, version: await this.records.update(entry.version, map.outboxFields(entry), entry.id) };
  }
}
