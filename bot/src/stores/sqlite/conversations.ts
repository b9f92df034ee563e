import type Database from 'better-sqlite3';
import type { ConversationRecord, Undeliverable } from '../../domain/model';
import type { ConversationRepository } from '../../domain/storage';
import { ReadCache, type CommitWatch } from './readCache';
import { conversationFromRow, type Row } from './rows';
import { prepared, select } from './versioned';

export class SqliteConversations implements ConversationRepository {
  private readonly byId: Database.Statement;
  /** A personal chat is looked up on every message in it; an absent one is remembered as null. */
  private readonly cache: ReadCache<ConversationRecord | null>;

  constructor(private readonly db: Database.Database, watch: CommitWatch) {
    this.byId = db.prepare('SELECT * FROM conversations WHERE conversation_id = ?');
    this.cache = new ReadCache(watch);
  }

  async get(conversationId: string): Promise<ConversationRecord | undefined> {
    return this.cache.get(conversationId, () => {
      const row = this.byId.get(conversationId) as Row | undefined;
      return row ? conversationFromRow(row) : null;
    }) ?? undefined;
  }

  async save(record: Omit<ConversationRecord, 'version' | 'greetedAt' | 'undeliverable'>): Promise<ConversationRecord> {
    this.cache.invalidate(record.conversationId);
    prepared(this.db, 
        `INSERT INTO conversations (conversation_id, scope, group_id, reference, installed_by_user_id, updated_at, user_id, language)
         VALUES (@conversation_id, @scope, @group_id, @reference, @installed_by_user_id, @updated_at, @user_id, @language)
         ON CONFLICT (conversation_id) DO UPDATE SET scope = excluded.scope, group_id = COALESCE(excluded.group_id, group_id),
           reference = excluded.reference, updated_at = excluded.updated_at, user_id = COALESCE(excluded.user_id, user_id),
           language = COALESCE(excluded.language, language), undeliverable_since = NULL, undeliverable_reason = NULL, version = version + 1`,
      )
      .run({
        conversation_id: record.conversationId,
        scope: record.scope,
        group_id: record.groupId ?? null,
        reference: JSON.stringify(record.reference),
        installed_by_user_id: record.installedByUserId ?? null,
        updated_at: record.updatedAt,
        user_id: record.userId ?? null,
        language: record.language ?? null,
      });
    return conversationFromRow(this.byId.get(record.conversationId) as Row);
  }

  async claimGreeting(conversationId: string, atIso: string): Promise<boolean> {
    this.cache.invalidate(conversationId);
    const result = prepared(this.db, 'UPDATE conversations SET greeted_at = ?, version = version + 1 WHERE conversation_id = ? AND greeted_at IS NULL')
      .run(atIso, conversationId);
    return result.changes === 1;
  }

  async listByGroup(groupId: string): Promise<ConversationRecord[]> {
    return select(this.db, 'SELECT * FROM conversations WHERE group_id = ?', conversationFromRow, groupId);
  }

  async listPersonal(userId: string): Promise<ConversationRecord[]> {
    const rows = prepared(this.db, "SELECT * FROM conversations WHERE user_id = ? AND scope = 'personal' ORDER BY updated_at DESC, rowid DESC").all(userId) as Row[];
    return rows.map(conversationFromRow);
  }

  async markUndeliverable(conversationId: string, mark: Undeliverable): Promise<void> {
    this.cache.invalidate(conversationId);
    prepared(this.db, 'UPDATE conversations SET undeliverable_since = ?, undeliverable_reason = ?, version = version + 1 WHERE conversation_id = ?')
      .run(mark.since, mark.reason, conversationId);
  }
}
