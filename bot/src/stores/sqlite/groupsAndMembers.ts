import type Database from 'better-sqlite3';
import type { Group, Member } from '../../domain/model';
import type { GroupRepository, MemberRepository, New } from '../../domain/storage';
import { groupFromRow, memberFromRow, memberParams, type Row } from './rows';
import { insertSql, updateVersioned } from './versioned';

export class SqliteGroups implements GroupRepository {
  private readonly byTeam: Database.Statement;
  private readonly byId: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.byTeam = db.prepare('SELECT * FROM groups WHERE team_id = ?');
    this.byId = db.prepare('SELECT * FROM groups WHERE id = ?');
  }

  async getByTeamId(teamId: string): Promise<Group | undefined> {
    const row = this.byTeam.get(teamId) as Row | undefined;
    return row ? groupFromRow(row) : undefined;
  }

  async get(id: string): Promise<Group | undefined> {
    const row = this.byId.get(id) as Row | undefined;
    return row ? groupFromRow(row) : undefined;
  }

  async createIfAbsent(group: New<Group>): Promise<{ group: Group; created: boolean }> {
    const params = { id: group.id, team_id: group.teamId, name: group.name, tenant_id: group.tenantId ?? null, created_at: group.createdAt };
    const result = this.db.prepare(insertSql('groups', params).replace('INSERT', 'INSERT OR IGNORE')).run(params);
    const stored = groupFromRow(this.byTeam.get(group.teamId) as Row);
    return { group: stored, created: result.changes === 1 };
  }
}

export class SqliteMembers implements MemberRepository {
  private readonly byGroup: Database.Statement;
  private readonly byId: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.byGroup = db.prepare('SELECT * FROM members WHERE group_id = ? ORDER BY name');
    this.byId = db.prepare('SELECT * FROM members WHERE id = ?');
  }

  async listByGroup(groupId: string): Promise<Member[]> {
    return (this.byGroup.all(groupId) as Row[]).map(memberFromRow);
  }

  async findByUser(groupId: string, userId: string, aadObjectId?: string): Promise<Member | undefined> {
    const row = this.db
      .prepare('SELECT * FROM members WHERE group_id = @groupId AND (user_id = @userId OR (@aad IS NOT NULL AND aad_object_id = @aad)) LIMIT 1')
      .get({ groupId, userId, aad: aadObjectId ?? null }) as Row | undefined;
    return row ? memberFromRow(row) : undefined;
  }

  async listByPerson(userId: string, aadObjectId?: string): Promise<Member[]> {
    const rows = this.db
      .prepare('SELECT * FROM members WHERE user_id = @userId OR (@aad IS NOT NULL AND aad_object_id = @aad)')
      .all({ userId, aad: aadObjectId ?? null }) as Row[];
    return rows.map(memberFromRow);
  }

  async add(member: New<Member>): Promise<Member> {
    const params = memberParams(member);
    this.db.prepare(insertSql('members', params)).run(params);
    return memberFromRow(this.byId.get(member.id) as Row);
  }

  async update(member: Member): Promise<Member> {
    const version = updateVersioned(this.db, 'members', 'id', memberParams(member), member.version, 'member');
    return { ...member, version: String(version) };
  }
}
