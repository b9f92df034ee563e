import type { DomainDeps } from './deps';
import { DomainError } from './errors';
import { ITEM_FIELDS, readItemForm, type EditableFields, type ItemForm } from './itemFields';
import { isCoordinator, SECTIONS, type Actor, type AgendaItem, type Meeting, type Member, type Section } from './model';
import { VersionConflictError } from './storage';
import { minutesBetween } from './time/stockholm';
import { checkNotice, checkTitle } from './validation';

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

/** The number each item carries on the agenda card: the sections in order, counted through. */
export function agendaNumbers(view: AgendaView): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const item of view.sections.flatMap((s) => s.items)) numbers.set(item.id, numbers.size + 1);
  return numbers;
}

export const meetingLength = (meeting: Meeting): number => minutesBetween(meeting.startsAt, meeting.endsAt);

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function canEdit(member: Member, item: AgendaItem): boolean {
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
      // After the deadline, or once the agenda is confirmed, the chair decides whether it is taken up.
      late: now > new Date(meeting.agendaDeadline) || meeting.agendaConfirmedAt !== undefined,
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
   * Saves a card edit. Who may edit is checked before the form is read. `base` is
   * what the card showed; when someone else saved in between, their changes are kept
   * and ours applied on top unless both changed the same field differently (then the
   * user is told, and nothing is written).
   */
  async editItem(actor: Actor, item: AgendaItem, meeting: Meeting, members: Member[], form: ItemForm, base?: Partial<EditableFields>): Promise<AgendaItem> {
    if (!canEdit(actor.member, item)) throw new DomainError('notAllowedToEdit');
    this.assertOpen(meeting);
    const fields = readItemForm(form, { meeting, members });
    let current = item;
    for (let attempt = 0; ; attempt++) {
      const next = { ...current };
      for (const key of ITEM_FIELDS) {
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
