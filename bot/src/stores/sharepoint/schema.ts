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

export type ListKey = 'groups' | 'members' | 'meetings' | 'items' | 'conversations';

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
    columns: [recordId, groupId, text('StartsAt'), text('EndsAt'), { name: 'Online', kind: 'boolean' }, text('AgendaDeadline'), text('Status'), text('CreatedAt')],
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
    ],
  },
  {
    key: 'conversations',
    displayName: 'Dagordning Konversationer',
    description: 'Var appen är installerad och får skriva (Title = omfattning).',
    columns: [recordId, groupId, note('Reference'), text('InstalledByUserId'), text('GreetedAt'), text('UpdatedAt')],
  },
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
