/**
 * The SharePoint lists, as code: one list per stored entity, typed columns, and an
 * index on every column a query filters on. A list passes 5,000 items only with its
 * filters on indexed columns, so nothing here is ever filtered on a column without
 * `indexed`. `unique` columns make a repeated create fail instead of duplicating.
 * https://learn.microsoft.com/en-us/graph/api/resources/columndefinition
 * https://learn.microsoft.com/en-us/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online
 */
export type ColumnKind = 'text' | 'note' | 'number' | 'boolean';

export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
  indexed?: boolean;
  unique?: boolean;
}

export type ListKey = 'groups' | 'members' | 'meetings' | 'items' | 'conversations' | 'reminderPlans' | 'outbox' | 'feedbackRequests' | 'feedbackAnswers' | MinutesListKey;
export type MinutesListKey = 'minutes' | 'itemMinutes' | 'actions' | 'followUps' | 'minutesVersions' | 'archiveIndex';

export interface ListSpec {
  key: ListKey;
  displayName: string;
  description: string;
  columns: ColumnSpec[];
}

const recordId: ColumnSpec = { name: 'RecordId', kind: 'text', indexed: true, unique: true };
const groupId: ColumnSpec = { name: 'GroupId', kind: 'text', indexed: true };
const text = (name: string): ColumnSpec => ({ name, kind: 'text' });
const note = (name: string): ColumnSpec => ({ name, kind: 'note' });
const indexedText = (name: string): ColumnSpec => ({ name, kind: 'text', indexed: true });

/**
 * A published version is kept whole, across this many note columns of SNAPSHOT_CHUNK
 * characters each. SharePoint lists are commonly held to 63,999 characters in a plain
 * multi-line text value (the limit its list forms enforce), and Microsoft publishes no
 * larger guarantee for a value written through Graph, so no column carries more than
 * that; the domain caps a version at 400,000 characters (MINUTES_LIMITS), which fits.
 */
export const SNAPSHOT_CHUNK = 60_000;
export const SNAPSHOT_COLUMNS = 8;
const snapshotColumns = Array.from({ length: SNAPSHOT_COLUMNS }, (_, n) => note(`Snapshot${n + 1}`));

/** The minutes: one list per record kind, each filtered only on its indexed columns. */
const MINUTES_LISTS: ListSpec[] = [
  {
    key: 'minutes',
    displayName: 'Dagordning Anteckningar',
    description: 'Mötesanteckningar per möte: närvaro, vem som förde anteckningarna, utkast eller publicerade (RecordId = mötets id).',
    columns: [recordId, groupId, text('State'), note('Attendance'), note('TakenBy'), { name: 'PublishedVersion', kind: 'number' }, note('CorrectionReason'), text('CreatedAt'), text('UpdatedAt'), note('UpdatedBy')],
  },
  {
    key: 'itemMinutes',
    displayName: 'Dagordning Anteckningar per punkt',
    description: 'Anteckningar, beslut och dokumentlänkar per dagordningspunkt (RecordId = punktens id).',
    columns: [recordId, indexedText('MeetingId'), groupId, note('Notes'), note('Decisions'), note('Links'), text('UpdatedAt'), note('UpdatedBy')],
  },
  {
    key: 'actions',
    displayName: 'Dagordning Åtgärder',
    description: 'Åtgärder ur anteckningarna: vad, vem, när (Title = början av vad).',
    columns: [
      recordId,
      groupId,
      indexedText('MeetingId'),
      text('ItemId'),
      note('What'),
      // "My open actions" find a member's actions by their member id.
      indexedText('OwnerMemberId'),
      text('OwnerName'),
      // The scheduler finds every group's actions falling due by the day.
      indexedText('Due'),
      { name: 'Done', kind: 'boolean' },
      text('CreatedAt'),
      note('CreatedBy'),
      text('UpdatedAt'),
    ],
  },
  {
    key: 'followUps',
    displayName: 'Dagordning Uppföljningar',
    description: 'Punkter som tas upp igen på ett senare möte (RecordId = uppföljningens och den nya punktens id).',
    columns: [recordId, groupId, indexedText('MeetingId'), text('ItemId'), text('TargetMeetingId'), text('AgendaItemId'), text('CreatedAt'), note('CreatedBy')],
  },
  {
    key: 'minutesVersions',
    displayName: 'Dagordning Protokollversioner',
    description: 'Publicerade versioner av anteckningarna, som de publicerades; ändras aldrig (RecordId = mötets id#nummer).',
    columns: [
      recordId,
      groupId,
      indexedText('MeetingId'),
      { name: 'Number', kind: 'number' },
      // The scheduler posts newly published versions in the channel.
      indexedText('PublishedAt'),
      note('PublishedBy'),
      note('Reason'),
      ...snapshotColumns,
    ],
  },
  {
    key: 'archiveIndex',
    displayName: 'Dagordning Arkivindex',
    description: 'Arkivets sökindex: ett mötes rubriker, anteckningar och beslut ur den senast publicerade versionen (RecordId = mötets id, Title = plats).',
    columns: [
      recordId,
      groupId,
      // Readers fetch only the entries written since they last looked.
      indexedText('IndexedAt'),
      text('StartsAt'),
      text('EndsAt'),
      text('Status'),
      { name: 'PublishedVersion', kind: 'number' },
      { name: 'Versions', kind: 'number' },
      // The documents as JSON, cut like a published version's snapshot.
      ...Array.from({ length: SNAPSHOT_COLUMNS }, (_, n) => note(`Docs${n + 1}`)),
    ],
  },
];

export const LISTS: ListSpec[] = [
  {
    key: 'groups',
    displayName: 'Dagordning Grupper',
    description: 'Ledningsgrupper, en per team (Title = gruppens namn).',
    columns: [recordId, { name: 'TeamId', kind: 'text', indexed: true, unique: true }, text('TenantId'), text('CreatedAt'), text('Language'), text('RemovedAt')],
  },
  {
    key: 'members',
    displayName: 'Dagordning Medlemmar',
    description: 'Medlemmar med initialer och roller (Title = namn).',
    columns: [recordId, groupId, { name: 'UserId', kind: 'text', indexed: true }, { name: 'AadObjectId', kind: 'text', indexed: true }, text('Initials'), text('Role'), text('Membership'), text('LeftAt')],
  },
  {
    key: 'meetings',
    displayName: 'Dagordning Möten',
    description: 'Möten; tider i UTC (Title = plats).',
    columns: [
      recordId,
      groupId,
      // The scheduler finds every group's coming meetings by their start.
      indexedText('StartsAt'),
      text('EndsAt'),
      { name: 'Online', kind: 'boolean' },
      text('AgendaDeadline'),
      text('Status'),
      text('CreatedAt'),
      note('JoinLink'),
      text('AgendaConfirmedAt'),
    ],
  },
  {
    key: 'items',
    displayName: 'Dagordning Punkter',
    description: 'Dagordningspunkter och kort, kort (Title = rubrik).',
    columns: [
      recordId,
      { name: 'MeetingId', kind: 'text', indexed: true },
      groupId,
      text('Section'),
      note('Presenters'),
      { name: 'Minutes', kind: 'number' },
      note('Description'),
      note('Link'),
      text('SubmittedByMemberId'),
      text('SubmittedByName'),
      text('SubmittedAt'),
      { name: 'Late', kind: 'boolean' },
      text('Status'),
      { name: 'SortOrder', kind: 'number' },
      text('FollowUpOf'),
    ],
  },
  {
    key: 'conversations',
    displayName: 'Dagordning Konversationer',
    description: 'Var appen är installerad och får skriva (Title = omfattning).',
    columns: [
      recordId,
      groupId,
      note('Reference'),
      text('InstalledByUserId'),
      text('GreetedAt'),
      text('UpdatedAt'),
      // A person's personal chat is found by who it is with.
      indexedText('UserId'),
      text('Language'),
      text('UndeliverableSince'),
      note('UndeliverableReason'),
    ],
  },
  {
    key: 'reminderPlans',
    displayName: 'Dagordning Påminnelser',
    description: 'Gruppens påminnelser före mötena, om den har ändrat dem (RecordId = gruppens id).',
    columns: [recordId, note('Settings'), text('UpdatedAt')],
  },
  {
    key: 'outbox',
    displayName: 'Dagordning Utkorg',
    description: 'Meddelanden appen skickar själv: vad, till vem, när, och hur det gick (Title = slag).',
    columns: [
      recordId,
      // What is sent to whom: unique, so the same message is queued once whoever queues it.
      { name: 'EntryKey', kind: 'text', indexed: true, unique: true },
      groupId,
      note('Target'),
      note('Message'),
      text('NotBefore'),
      text('UsefulUntil'),
      // Senders look for pending and claimed entries only.
      indexedText('State'),
      { name: 'Attempts', kind: 'number' },
      text('ClaimedBy'),
      text('LeaseUntil'),
      text('Reason'),
      note('Detail'),
      text('SentAt'),
      note('ActivityId'),
      note('ConversationId'),
      text('CreatedAt'),
      text('UpdatedAt'),
    ],
  },
  {
    key: 'feedbackRequests',
    displayName: 'Dagordning Synpunkter',
    description: 'Frågor om synpunkter före en deadline, med mötet och punkten de hör till (Title = frågan).',
    columns: [
      recordId,
      groupId,
      // The minutes read a meeting's requests.
      indexedText('MeetingId'),
      text('ItemId'),
      note('ItemTitle'),
      note('Description'),
      note('Link'),
      text('Kind'),
      note('Choices'),
      text('Deadline'),
      { name: 'ReminderHours', kind: 'number' },
      text('OwnerMemberId'),
      text('OwnerUserId'),
      text('OwnerName'),
      text('Audience'),
      note('NamedMemberIds'),
      text('CreatedByMemberId'),
      text('CreatedAt'),
      text('WithdrawnAt'),
      text('WithdrawnByName'),
      text('SettledAt'),
      // The scheduler looks only at requests it still has work for.
      indexedText('Phase'),
    ],
  },
  {
    key: 'feedbackAnswers',
    displayName: 'Dagordning Svar',
    description: 'Svar på frågor om synpunkter, ett per person och fråga (Title = namn).',
    columns: [
      recordId,
      // The request and the person: unique, so a resent answer never becomes a second one.
      { name: 'AnswerKey', kind: 'text', indexed: true, unique: true },
      indexedText('RequestId'),
      groupId,
      text('MemberId'),
      text('UserId'),
      note('Choice'),
      note('Comment'),
      text('AnsweredAt'),
      text('ChangedAt'),
    ],
  },
  ...MINUTES_LISTS,
];

/** The Graph columnDefinition for a spec. */
export function columnDefinition(column: ColumnSpec): Record<string, unknown> {
  const type =
    column.kind === 'note' ? { text: { allowMultipleLines: true } }
    : column.kind === 'text' ? { text: { maxLength: 255 } }
    : column.kind === 'number' ? { number: {} }
    : { boolean: {} };
  return {
    name: column.name,
    ...type,
    ...(column.indexed ? { indexed: true } : {}),
    ...(column.unique ? { enforceUniqueValues: true } : {}),
  };
}
