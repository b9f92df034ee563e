import type { DomainDeps } from './deps';
import { DomainError } from './errors';
import { isCoordinator, SECTIONS, type AgendaItem, type Meeting, type Member, type Section } from './model';
import { parsePresenters } from './presenters';
import { VersionConflictError } from './storage';
import { minutesBetween } from './time/stockholm';
import { checkDescription, checkLink, checkMinutes, checkNotice, checkSection, checkTitle, ValidationError } from './validation';

/** What a card form sends back; strings as the user typed them. */
export interface ItemForm {
  title?: unknown;
  section?: unknown;
  presenters?: unknown;
  minutes?: unknown;
  description?: unknown;
  link?: unknown;
}

export type EditableFields = Pick<AgendaItem, 'title' | 'section' | 'presenters' | 'minutes' | 'description' | 'link'>;
const EDITABLE: (keyof EditableFields)[] = ['title', 'section', 'presenters', 'minutes', 'description', 'link'];

export const COUNTED_STATUSES = new Set(['anmald', 'godkand']);
const CONFLICT_RETRIES = 3;

export interface AgendaView {
  meeting: Meeting;
  sections: { section: Exclude<Section, 'kortkort'>; items: AgendaItem[] }[];
  notices: AgendaItem[];
  /** Moved or rejected items, listed apart and not counted. */
  setAside: AgendaItem[];
  plannedMinutes: number;
  meetingMinutes: number;
}

const byOrder = (a: AgendaItem, b: AgendaItem): number => a.order - b.order || a.submittedAt.localeCompare(b.submittedAt);

export function buildAgendaView(meeting: Meeting, items: AgendaItem[]): AgendaView {
  const live = items.filter((i) => COUNTED_STATUSES.has(i.status)).sort(byOrder);
  const sections = SECTIONS.filter((s): s is Exclude<Section, 'kortkort'> => s !== 'kortkort')
    .map((section) => ({ section, items: live.filter((i) => i.section === section) }))
    .filter((s) => s.items.length > 0);
  return {
    meeting,
    sections,
    notices: live.filter((i) => i.section === 'kortkort'),
    setAside: items.filter((i) => !COUNTED_STATUSES.has(i.status)).sort(byOrder),
    plannedMinutes: live.reduce((sum, i) => sum + (i.minutes ?? 0), 0),
    meetingMinutes: minutesBetween(meeting.startsAt, meeting.endsAt),
  };
}

export const meetingLength = (meeting: Meeting): number => minutesBetween(meeting.startsAt, meeting.endsAt);

function unwrap<T>(value: T | DomainError, problems: DomainError[]): T | undefined {
  if (value instanceof DomainError) {
    problems.push(value);
    return undefined;
  }
  return value;
}

/** Validates a whole form; all problems at once, nothing half-applied. */
export function readItemForm(form: ItemForm, meeting: Meeting, members: Member[]): EditableFields {
  const problems: DomainError[] = [];
  const title = unwrap(checkTitle(form.title), problems);
  const section = unwrap(checkSection(form.section), problems);
  const presenters = unwrap(parsePresenters(form.presenters, members), problems);
  const minutes = unwrap(checkMinutes(form.minutes, meetingLength(meeting)), problems);
  const description = unwrap(checkDescription(form.description), problems);
  const link = unwrap(checkLink(form.link), problems);
  if (problems.length > 0) throw new ValidationError(problems);
  return { title: title!, section: section!, presenters: presenters!, minutes, description, link };
}

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export const editableOf = (item: AgendaItem): EditableFields =>
  Object.fromEntries(EDITABLE.map((k) => [k, item[k]])) as unknown as EditableFields;

export function canEdit(member: Member | undefined, item: AgendaItem): boolean {
  if (!member) return false;
  return isCoordinator(member) || item.submittedByMemberId === member.id || item.presenters.some((p) => p.memberId === member.id);
}

export class AgendaService {
  constructor(private readonly deps: DomainDeps) {}

  private assertOpen(meeting: Meeting): void {
    if (meeting.status !== 'planerat' || new Date(meeting.startsAt) <= this.deps.now()) {
      throw new DomainError('meetingClosed');
    }
  }

  private newItem(meeting: Meeting, member: Member, fields: Pick<AgendaItem, 'title' | 'section' | 'presenters'>): Omit<AgendaItem, 'version'> {
    const now = this.deps.now();
    return {
      id: crypto.randomUUID(),
      meetingId: meeting.id,
      groupId: meeting.groupId,
      ...fields,
      submittedByMemberId: member.id,
      submittedByName: member.name,
      submittedAt: now.toISOString(),
      late: now > new Date(meeting.agendaDeadline),
      status: 'anmald',
      // Submission order without reading the list first; the chair reorders later.
      order: now.getTime(),
    };
  }

  async addItem(meeting: Meeting, member: Member, rawTitle: string): Promise<AgendaItem> {
    const title = checkTitle(rawTitle);
    if (title instanceof DomainError) throw title;
    this.assertOpen(meeting);
    return this.deps.store.items.add(this.newItem(meeting, member, { title, section: 'information', presenters: [] }));
  }

  async addNotice(meeting: Meeting, member: Member, rawText: string): Promise<AgendaItem> {
    const text = checkNotice(rawText);
    if (text instanceof DomainError) throw text;
    this.assertOpen(meeting);
    const presenters = [{ name: member.name, initials: member.initials, memberId: member.id }];
    return this.deps.store.items.add(this.newItem(meeting, member, { title: text, section: 'kortkort', presenters }));
  }

  async agenda(meeting: Meeting): Promise<AgendaView> {
    return buildAgendaView(meeting, await this.deps.store.items.listByMeeting(meeting.id));
  }

  /**
   * Saves a card edit. `base` is what the card showed; when someone else saved in
   * between, their changes are kept and ours applied on top unless both changed the
   * same field differently (then the user is told, and nothing is written).
   */
  async updateItem(item: AgendaItem, meeting: Meeting, member: Member | undefined, fields: EditableFields, base?: Partial<EditableFields>): Promise<AgendaItem> {
    if (!canEdit(member, item)) throw new DomainError('notAllowedToEdit');
    this.assertOpen(meeting);
    let current = item;
    for (let attempt = 0; ; attempt++) {
      const next = { ...current };
      for (const key of EDITABLE) {
        const mine = fields[key];
        const theirs = current[key];
        // A card's base travels as JSON, which drops empty fields: a missing one was shown empty.
        const original = base ? base[key] : theirs;
        const iChanged = !sameValue(mine, original);
        const theyChanged = !sameValue(theirs, original);
        if (iChanged && theyChanged && !sameValue(mine, theirs)) throw new DomainError('concurrentEdit', { title: current.title });
        if (iChanged) (next as Record<string, unknown>)[key] = mine;
      }
      try {
        return await this.deps.store.items.update(next);
      } catch (error) {
        if (!(error instanceof VersionConflictError) || attempt >= CONFLICT_RETRIES) {
          if (error instanceof VersionConflictError) throw new DomainError('concurrentEdit', { title: current.title });
          throw error;
        }
        const fresh = await this.deps.store.items.get(item.id);
        if (!fresh) throw new DomainError('itemGone');
        current = fresh;
      }
    }
  }
}
