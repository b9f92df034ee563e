import type { DomainDeps } from './deps';
import { DomainError } from './errors';
import { ITEM_FIELDS, readItemForm, type EditableFields, type ItemForm } from './itemFields';
import { isCoordinator, SECTIONS, type Actor, type AgendaItem, type Meeting, type Member, type Section } from './model';
import { VersionConflictError } from './storage';
import { foldForMatching } from './text';
import { minutesBetween } from './time/stockholm';
import { checkNotice, checkTitle } from './validation';

export const COUNTED_STATUSES = new Set(['anmald', 'godkand']);
const CONFLICT_RETRIES = 3;

/** One stretch of the agenda as the group writes it, in order. */
export type AgendaPart =
  /** Standing items without a heading: "Inledning" at the start, "Summering och utcheckning" at the end. */
  | { kind: 'fixed'; items: AgendaItem[] }
  | { kind: 'section'; section: 'beslut' | 'information' | 'diskussion'; items: AgendaItem[] }
  | { kind: 'notices'; items: AgendaItem[] };

export interface AgendaView {
  meeting: Meeting;
  sections: { section: Exclude<Section, 'kortkort'>; items: AgendaItem[] }[];
  notices: AgendaItem[];
  /** The agenda in its order: opening standing items, BESLUT (always, even empty), INFORMATION, DISKUSSION, KORT, KORT, closing standing items. */
  parts: AgendaPart[];
  /** The numbers the agenda shows: every item, and the kort kort list as one number. */
  numbers: ReadonlyMap<string, number>;
  noticesNumber: number;
  /** Moved or rejected items, listed apart and not counted. */
  setAside: AgendaItem[];
  plannedMinutes: number;
  meetingMinutes: number;
}

const byOrder = (a: AgendaItem, b: AgendaItem): number => a.order - b.order || a.submittedAt.localeCompare(b.submittedAt);

/** Standing items that close a meeting go after everything else, as in the group's own agendas. */
const CLOSING = /^(summering|avslut|utcheckning|sammanfattning|nasta mote|ovriga fragor|closing|summary)/;
export const isClosingItem = (item: Pick<AgendaItem, 'section' | 'title'>): boolean => item.section === 'fast' && CLOSING.test(foldForMatching(item.title));

export function buildAgendaView(meeting: Meeting, items: AgendaItem[]): AgendaView {
  const live = items.filter((i) => COUNTED_STATUSES.has(i.status)).sort(byOrder);
  const inSection = (section: Section) => live.filter((i) => i.section === section);
  const sections = SECTIONS.filter((s): s is Exclude<Section, 'kortkort'> => s !== 'kortkort')
    .map((section) => ({ section, items: inSection(section) }))
    .filter((s) => s.items.length > 0);
  const notices = inSection('kortkort');
  const parts: AgendaPart[] = [
    { kind: 'fixed', items: inSection('fast').filter((i) => !isClosingItem(i)) },
    { kind: 'section', section: 'beslut', items: inSection('beslut') },
    { kind: 'section', section: 'information', items: inSection('information') },
    { kind: 'section', section: 'diskussion', items: inSection('diskussion') },
    { kind: 'notices', items: notices },
    { kind: 'fixed', items: inSection('fast').filter(isClosingItem) },
  ];
  const shown = parts.filter((p) => p.items.length > 0 || p.kind === 'notices' || (p.kind === 'section' && p.section === 'beslut'));
  const numbers = new Map<string, number>();
  let next = 1;
  let noticesNumber = 0;
  for (const part of shown) {
    if (part.kind === 'notices') noticesNumber = next++;
    else for (const item of part.items) numbers.set(item.id, next++);
  }
  return {
    meeting,
    sections,
    notices,
    parts: shown,
    numbers,
    noticesNumber,
    setAside: items.filter((i) => !COUNTED_STATUSES.has(i.status)).sort(byOrder),
    plannedMinutes: live.reduce((sum, i) => sum + (i.minutes ?? 0), 0),
    meetingMinutes: minutesBetween(meeting.startsAt, meeting.endsAt),
  };
}

/** The item behind a number on the agenda, as people refer to it ("ta bort punkt 7"). */
export function itemByNumber(view: AgendaView, number: number): AgendaItem {
  if (number === view.noticesNumber) throw new DomainError('numberIsNotices', { number });
  for (const { items } of view.sections) {
    const found = items.find((item) => view.numbers.get(item.id) === number);
    if (found) return found;
  }
  // The kort kort list has a number too, so the agenda's last number is one more than its items.
  throw new DomainError('noSuchItemNumber', { number, max: view.numbers.size === 0 ? 0 : view.numbers.size + 1 });
}

export const meetingLength = (meeting: Meeting): number => minutesBetween(meeting.startsAt, meeting.endsAt);

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function canEdit(member: Member, item: AgendaItem): boolean {
  return isCoordinator(member) || item.submittedByMemberId === member.id || item.presenters.some((p) => p.memberId === member.id);
}

export class AgendaService {
  constructor(private readonly deps: DomainDeps) {}

  assertOpen(meeting: Meeting): void {
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

  /**
   * The minutes took an item up again at a later meeting: the same item, marked as a
   * follow-up of the earlier one. The id is the caller's, so a retry adds nothing twice.
   */
  async addFollowUp(target: Meeting, member: Member, source: AgendaItem, id: string): Promise<AgendaItem> {
    this.assertOpen(target);
    const existing = await this.deps.store.items.get(id);
    if (existing) return existing;
    const section = source.section === 'kortkort' ? 'information' : source.section;
    return this.deps.store.items.add({
      ...this.newItem(target, member, { title: source.title, section, presenters: source.presenters }),
      id,
      ...(source.minutes !== undefined ? { minutes: source.minutes } : {}),
      ...(source.description ? { description: source.description } : {}),
      ...(source.link ? { link: source.link } : {}),
      followUpOf: source.id,
    });
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
