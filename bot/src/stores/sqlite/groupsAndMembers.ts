import type Database from 'better-sqlite3';
import type { Group, Member } from '../../domain/model';
import type { GroupRepository, MemberRepository, New } from '../../domain/storage';
import { groupFromRow, groupParams, memberFromRow, memberParams, type Row } from './rows';
import { ReadCache, type CommitWatch } from './readCache';
import { insertSql, prepared, updateVersioned } from './versioned';

export class SqliteGroups implements GroupRepository {
  private readonly byTeam: Database.Statement;
  private readonly byId: Database.Statement;
  /** Groups are read on every turn and rarely written; an absent team is remembered as null. */
  private readonly cache: ReadCache<Group | null>;

  constructor(private readonly db: Database.Database, watch: CommitWatch) {
    this.cache = new ReadCache(watch);
    this.byTeam = db.prepare('SELECT * FROM groups WHERE team_id = ?');
    this.byId = db.prepare('SELECT * FROM groups WHERE id = ?');
  }

  async getByTeamId(teamId: string): Promise<Group | undefined> {
    return this.cache.get(`team:${teamId}`, () => {
      const row = this.byTeam.get(teamId) as Row | undefined;
      return row ? groupFromRow(row) : null;
    }) ?? undefined;
  }

  async get(id: string): Promise<Group | undefined> {
    return this.cache.get(`id:${id}`, () => {
      const row = this.byId.get(id) as Row | undefined;
      return row ? groupFromRow(row) : null;
    }) ?? undefined;
  }

  async createIfAbsent(group: New<Group>): Promise<{ group: Group; created: boolean }> {
    const params = groupParams(group);
    const result = prepared(this.db, insertSql('groups', params).replace('INSERT', 'INSERT OR IGNORE')).run(params);
    this.cache.invalidate(`team:${group.teamId}`);
    this.cache.invalidate(`id:${group.id}`);
    const stored = groupFromRow(this.byTeam.get(group.teamId) as Row);
    return { group: stored, created: result.changes === 1 };
  }

  async update(group: Group): Promise<Group> {
    this.cache.invalidate(`team:${group.teamId}`);
    this.cache.invalidate(`id:${group.id}`);
    const version = updateVersioned(this.db, 'groups', 'id', groupParams(group), group.version, 'group');
    return { ...group, version: String(version) };
  }
}

export class SqliteMembers implements MemberRepository {
  private readonly byGroup: Database.Statement;
  private readonly byId: Database.Statement;
  private readonly people: ReadCache<Member[]>;

  constructor(private readonly db: Database.Database, watch: CommitWatch) {
    this.people = new ReadCache(watch);
    this.byGroup = db.prepare('SELECT * FROM members WHERE group_id = ? ORDER BY name');
    this.byId = db.prepare('SELECT * FROM members WHERE id = ?');
  }

  async listByGroup(groupId: string): Promise<Member[]> {
    return (this.byGroup.all(groupId) as Row[]).map(memberFromRow);
  }

  async findByUser(groupId: string, userId: string, aadObjectId?: string): Promise<Member | undefined> {
    const row = prepared(this.db, 'SELECT * FROM members WHERE group_id = @groupId AND (user_id = @userId OR (@aad IS NOT NULL AND aad_object_id = @aad)) LIMIT 1')
      .get({ groupId, userId, aad: aadObjectId ?? null }) as Row | undefined;
    return row ? memberFromRow(row) : undefined;
  }

  async listByPerson(userId: string, aadObjectId?: string): Promise<Member[]> {
    return this.people.get(`${userId}\n${aadObjectId ?? ''}`, () => {
      const rows = prepared(this.db, 'SELECT * FROM members WHERE user_id = @userId OR (@aad IS NOT NULL AND aad_object_id = @aad)')
        .all({ userId, aad: aadObjectId ?? null }) as Row[];
      return rows.map(memberFromRow);
    });
  }

  async add(member: New<Member>): Promise<Member> {
    const params = memberParams(member);
    prepared(this.db, insertSql('members', params)).run(params);
    this.people.clear();
    return memberFromRow(this.byId.get(member.id) as Row);
  }

  async update(member: Member): Promise<Member> {
    this.people.clear();
    const version = updateVersioned(this.db, 'members', 'id', memberParams(member), member.version, 'member');
    return { ...member, version: String(version) };
  }
}
