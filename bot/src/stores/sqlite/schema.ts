import type Database from 'better-sqlite3';

/**
 * Migrations in order; PRAGMA user_version records how far a file has come, so a
 * newer release upgrades an older database in place and never twice.
 */
const MIGRATIONS: string[] = [
  `
  CREATE TABLE groups (
    id TEXT PRIMARY KEY,
    team_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    tenant_id TEXT,
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
  );
  CREATE TABLE members (
    id TEXT PRIMARY KEY,
    group_id TEXT NOT NULL REFERENCES groups(id),
    user_id TEXT NOT NULL,
    aad_object_id TEXT,
    name TEXT NOT NULL,
    initials TEXT NOT NULL,
    role TEXT NOT NULL,
    membership TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (group_id, user_id)
  );
  CREATE INDEX members_by_aad ON members(aad_object_id);
  CREATE INDEX members_by_user ON members(user_id);
  CREATE TABLE meetings (
    id TEXT PRIMARY KEY,
    group_id TEXT NOT NULL REFERENCES groups(id),
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    place TEXT NOT NULL,
    online INTEGER NOT NULL,
    agenda_deadline TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
  );
  CREATE INDEX meetings_by_group ON meetings(group_id, ends_at);
  CREATE TABLE agenda_items (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id),
    group_id TEXT NOT NULL REFERENCES groups(id),
    section TEXT NOT NULL,
    title TEXT NOT NULL,
    presenters TEXT NOT NULL,
    minutes INTEGER,
    description TEXT,
    link TEXT,
    submitted_by_member_id TEXT NOT NULL,
    submitted_by_name TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    late INTEGER NOT NULL,
    status TEXT NOT NULL,
    sort_order INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
  );
  CREATE INDEX items_by_meeting ON agenda_items(meeting_id, sort_order, submitted_at);
  CREATE TABLE conversations (
    conversation_id TEXT PRIMARY KEY,
    scope TEXT NOT NULL,
    group_id TEXT,
    reference TEXT NOT NULL,
    installed_by_user_id TEXT,
    greeted_at TEXT,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
  );
  CREATE INDEX conversations_by_group ON conversations(group_id);
  `,
  `
  ALTER TABLE groups ADD COLUMN language TEXT NOT NULL DEFAULT 'sv';
  ALTER TABLE groups ADD COLUMN removed_at TEXT;
  ALTER TABLE members ADD COLUMN left_at TEXT;
  `,
  `
  ALTER TABLE meetings ADD COLUMN join_link TEXT;
  ALTER TABLE meetings ADD COLUMN agenda_confirmed_at TEXT;
  CREATE INDEX meetings_by_start ON meetings(starts_at);
  ALTER TABLE conversations ADD COLUMN user_id TEXT;
  ALTER TABLE conversations ADD COLUMN language TEXT;
  ALTER TABLE conversations ADD COLUMN undeliverable_since TEXT;
  ALTER TABLE conversations ADD COLUMN undeliverable_reason TEXT;
  CREATE INDEX conversations_by_user ON conversations(user_id);
  CREATE TABLE reminder_plans (
    group_id TEXT PRIMARY KEY REFERENCES groups(id),
    settings TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
  );
  CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    group_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    target TEXT NOT NULL,
    message TEXT NOT NULL,
    not_before TEXT NOT NULL,
    useful_until TEXT NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    claimed_by TEXT,
    lease_until TEXT,
    reason TEXT,
    detail TEXT,
    sent_at TEXT,
    activity_id TEXT,
    conversation_id TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
  );
  CREATE INDEX outbox_open ON outbox(state, not_before);
  CREATE INDEX outbox_by_group ON outbox(group_id);
  `,
  `
  CREATE TABLE feedback_requests (
    id TEXT PRIMARY KEY,
    group_id TEXT NOT NULL REFERENCES groups(id),
    meeting_id TEXT,
    item_id TEXT,
    item_title TEXT,
    question TEXT NOT NULL,
    description TEXT,
    link TEXT,
    kind TEXT NOT NULL,
    choices TEXT NOT NULL,
    deadline TEXT NOT NULL,
    reminder_hours INTEGER NOT NULL,
    owner_member_id TEXT NOT NULL,
    owner_user_id TEXT NOT NULL,
    owner_name TEXT NOT NULL,
    audience TEXT NOT NULL,
    named_member_ids TEXT NOT NULL,
    created_by_member_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    withdrawn_at TEXT,
    withdrawn_by_name TEXT,
    settled_at TEXT,
    version INTEGER NOT NULL DEFAULT 1
  );
  CREATE INDEX feedback_by_meeting ON feedback_requests(meeting_id);
  CREATE INDEX feedback_unsettled ON feedback_requests(deadline) WHERE settled_at IS NULL;
  CREATE TABLE feedback_answers (
    id TEXT PRIMARY KEY,
    request_id TEXT NOT NULL REFERENCES feedback_requests(id),
    group_id TEXT NOT NULL,
    member_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    name TEXT NOT NULL,
    choice TEXT,
    comment TEXT,
    answered_at TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (request_id, user_id)
  );
  `,
  `
  ALTER TABLE agenda_items ADD COLUMN follow_up_of TEXT;
  CREATE TABLE minutes (
    meeting_id TEXT PRIMARY KEY REFERENCES meetings(id),
    group_id TEXT NOT NULL REFERENCES groups(id),
    state TEXT NOT NULL,
    attendance TEXT NOT NULL,
    taken_by TEXT,
    published_version INTEGER NOT NULL DEFAULT 0,
    correction_reason TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
  );
  CREATE INDEX minutes_by_group ON minutes(group_id);
  CREATE TABLE item_minutes (
    item_id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id),
    group_id TEXT NOT NULL REFERENCES groups(id),
    notes TEXT NOT NULL,
    decisions TEXT NOT NULL,
    links TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
  );
  CREATE INDEX item_minutes_by_meeting ON item_minutes(meeting_id);
  CREATE INDEX item_minutes_by_group ON item_minutes(group_id);
  CREATE TABLE minutes_actions (
    id TEXT PRIMARY KEY,
    group_id TEXT NOT NULL REFERENCES groups(id),
    meeting_id TEXT NOT NULL REFERENCES meetings(id),
    item_id TEXT NOT NULL,
    what TEXT NOT NULL,
    owner_member_id TEXT,
    owner_name TEXT NOT NULL,
    due TEXT,
    done INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
  );
  CREATE INDEX actions_by_meeting ON minutes_actions(meeting_id);
  CREATE INDEX actions_by_group ON minutes_actions(group_id);
  CREATE INDEX actions_by_owner ON minutes_actions(owner_member_id);
  CREATE INDEX actions_by_due ON minutes_actions(due);
  CREATE TABLE follow_ups (
    id TEXT PRIMARY KEY,
    group_id TEXT NOT NULL REFERENCES groups(id),
    meeting_id TEXT NOT NULL REFERENCES meetings(id),
    item_id TEXT NOT NULL,
    target_meeting_id TEXT NOT NULL,
    agenda_item_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
  );
  CREATE INDEX follow_ups_by_meeting ON follow_ups(meeting_id);
  CREATE INDEX follow_ups_by_group ON follow_ups(group_id);
  CREATE TABLE minutes_versions (
    meeting_id TEXT NOT NULL REFERENCES meetings(id),
    number INTEGER NOT NULL,
    group_id TEXT NOT NULL REFERENCES groups(id),
    published_at TEXT NOT NULL,
    published_by TEXT NOT NULL,
    reason TEXT,
    snapshot TEXT NOT NULL,
    PRIMARY KEY (meeting_id, number)
  );
  CREATE INDEX versions_by_group ON minutes_versions(group_id);
  CREATE INDEX versions_by_published ON minutes_versions(published_at);
  `,
  `
  CREATE TABLE archive_index (
    meeting_id TEXT PRIMARY KEY REFERENCES meetings(id),
    group_id TEXT NOT NULL REFERENCES groups(id),
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    place TEXT NOT NULL,
    status TEXT NOT NULL,
    published_version INTEGER NOT NULL,
    versions INTEGER NOT NULL,
    indexed_at TEXT NOT NULL,
    docs TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
  );
  CREATE INDEX archive_by_group_indexed ON archive_index(group_id, indexed_at);
  `,
];

/**
 * Several processes may open the file at once (a server and a one-pass command):
 * each step takes the write lock first (BEGIN IMMEDIATE) and checks the version
 * again inside it, so a step is applied by exactly one of them.
 */
export function migrate(db: Database.Database): void {
  const step = db.transaction((index: number) => {
    if ((db.pragma('user_version', { simple: true }) as number) !== index) return;
    db.exec(MIGRATIONS[index]!);
    db.pragma(`user_version = ${index + 1}`);
  });
  for (let index = db.pragma('user_version', { simple: true }) as number; index < MIGRATIONS.length; index++) step.immediate(index);
}
