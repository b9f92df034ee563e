import { DomainError } from './errors';
import { SECTIONS, type AgendaItem, type Meeting, type Member, type Presenter, type Section } from './model';
import { parsePresenters } from './presenters';
import { minutesBetween } from './time/stockholm';
import { checkDescription, checkLink, checkMinutes, checkSection, checkTitle, ValidationError } from './validation';

/**
 * The fields of an agenda item a person can edit, defined once: the card's form, the
 * reader of what the card sends back, and the merge of concurrent edits all follow
 * this list and these specs.
 */
export const ITEM_FIELDS = ['title', 'section', 'presenters', 'minutes', 'description', 'link'] as const;
export type ItemField = (typeof ITEM_FIELDS)[number];

export type EditableFields = Pick<AgendaItem, ItemField>;
/** What a card form sends back: anything, as the client typed it. */
export type ItemForm = Partial<Record<ItemField, unknown>>;
/** What a form shows: one text per field. */
export type ItemFormText = Record<ItemField, string>;

interface FieldContext {
  meeting: Meeting;
  members: Member[];
}

interface FieldSpec<K extends ItemField> {
  /** Checks what the person typed. */
  check(raw: unknown, context: FieldContext): EditableFields[K] | DomainError;
  /** The text a form shows for the stored value; checking that text gives the value back. */
  asText(value: EditableFields[K]): string;
  /** A stored value the card carried back as JSON; undefined when it is not one. */
  fromJson(raw: unknown): EditableFields[K] | undefined;
}

const textFromJson = (raw: unknown): string | undefined => (typeof raw === 'string' ? raw : undefined);

const isPresenter = (raw: unknown): raw is Presenter => {
  const p = raw as Partial<Presenter> | null;
  return typeof p === 'object' && p !== null && typeof p.name === 'string' && typeof p.initials === 'string' && (p.memberId === undefined || typeof p.memberId === 'string');
};

const SPECS: { [K in ItemField]: FieldSpec<K> } = {
  title: { check: (raw) => checkTitle(raw), asText: (v) => v, fromJson: textFromJson },
  section: {
    check: (raw) => checkSection(raw),
    asText: (v) => v,
    fromJson: (raw) => ((SECTIONS as readonly unknown[]).includes(raw) ? (raw as Section) : undefined),
  },
  presenters: {
    check: (raw, { members }) => parsePresenters(raw, members),
    // Members by initials, guests by name: what is shown must read back as the same presenters.
    asText: (v) => v.map((p) => (p.memberId ? p.initials : p.name)).join(', '),
    fromJson: (raw) => (Array.isArray(raw) ? raw.filter(isPresenter).map((p) => ({ name: p.name, initials: p.initials, ...(p.memberId ? { memberId: p.memberId } : {}) })) : []),
  },
  minutes: {
    check: (raw, { meeting }) => checkMinutes(raw, minutesBetween(meeting.startsAt, meeting.endsAt)),
    asText: (v) => (v === undefined ? '' : String(v)),
    fromJson: (raw) => (typeof raw === 'number' && Number.isSafeInteger(raw) ? raw : undefined),
  },
  description: { check: (raw) => checkDescription(raw), asText: (v) => v ?? '', fromJson: textFromJson },
  link: { check: (raw) => checkLink(raw), asText: (v) => v ?? '', fromJson: textFromJson },
};

/** Picks the item's fields out of whatever a card sent. */
export function itemFormOf(raw: Record<string, unknown>): ItemForm {
  return Object.fromEntries(ITEM_FIELDS.filter((k) => k in raw).map((k) => [k, raw[k]])) as ItemForm;
}

/** Validates a whole form; all problems at once, nothing half-applied. */
export function readItemForm(form: ItemForm, context: FieldContext): EditableFields {
  const problems: DomainError[] = [];
  const fields: Partial<Record<ItemField, unknown>> = {};
  for (const key of ITEM_FIELDS) {
    const value = (SPECS[key] as FieldSpec<ItemField>).check(form[key], context);
    if (value instanceof DomainError) problems.push(value);
    else fields[key] = value;
  }
  if (problems.length > 0) throw new ValidationError(problems);
  return fields as EditableFields;
}

export const editableOf = (item: EditableFields): EditableFields =>
  Object.fromEntries(ITEM_FIELDS.map((k) => [k, item[k]])) as unknown as EditableFields;

export const formTextOf = (item: EditableFields): ItemFormText =>
  Object.fromEntries(ITEM_FIELDS.map((k) => [k, (SPECS[k] as FieldSpec<ItemField>).asText(item[k])])) as ItemFormText;

/** What the card showed, carried as JSON; JSON drops empty fields, so a missing one was shown empty. */
export function readShownFields(raw: unknown): Partial<EditableFields> | DomainError {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return new DomainError('badCardData');
  const json = raw as Record<string, unknown>;
  return Object.fromEntries(ITEM_FIELDS.map((k) => [k, (SPECS[k] as FieldSpec<ItemField>).fromJson(json[k])])) as Partial<EditableFields>;
}

/** The typed values as text, to show again after a failed save. */
export function typedText(form: ItemForm): Partial<ItemFormText> {
  const asText = (value: unknown): string => (typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value));
  return Object.fromEntries(ITEM_FIELDS.filter((k) => form[k] !== undefined && form[k] !== null).map((k) => [k, asText(form[k])])) as Partial<ItemFormText>;
}
