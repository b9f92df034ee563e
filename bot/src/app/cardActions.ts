import { agendaCard } from '../cards/agendaCard';
import { banner, card, heading, type AdaptiveCard } from '../cards/elements';
import { itemCard, type ItemFormValues } from '../cards/itemCard';
import { retryCard } from '../cards/retryCard';
import { VERBS } from '../cards/verbs';
import { AgendaService, readItemForm } from '../domain/agenda';
import type { DomainDeps } from '../domain/deps';
import { DomainError } from '../domain/errors';
import type { AgendaItem, Meeting } from '../domain/model';
import { StoreUnavailableError } from '../domain/storage';
import { formatTime } from '../i18n/format';
import { messages } from '../i18n';
import type { Logger } from '../log/logger';
import { readCardRequest, type CardRequest } from './cardData';
import { failureLines } from './failures';
import { assertSameGroup, resolveScope, teamGroupId, type Scope } from './scope';
import { cardReply, type CardActionOutcome, type TurnInput } from './turn';

const asText = (value: unknown): string => (typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value));

/** A card that only explains; used when there is nothing sensible left to show. */
export function problemCard(lines: string[]): AdaptiveCard {
  return card([heading('Dagordning'), banner(lines, 'attention')]);
}

async function loadMeeting(deps: DomainDeps, meetingId: string): Promise<Meeting> {
  const meeting = await deps.store.meetings.get(meetingId);
  if (!meeting) throw new DomainError('badCardData');
  return meeting;
}

/** The scope a card acts in, which must be the group its data belongs to; read ahead in a team. */
async function scopeForGroup(deps: DomainDeps, turn: TurnInput, groupId: string, teamScope: Scope | undefined): Promise<Scope> {
  if (!teamScope) return assertSameGroup(deps, turn, groupId);
  if (teamScope.group.id !== groupId) throw new DomainError('otherGroup');
  return teamScope;
}

/**
 * The item, who edits it, its meeting and the group's members. The meeting id the
 * card carries is only a hint for reading ahead: what counts is the stored item's own.
 */
async function loadForEdit(deps: DomainDeps, turn: TurnInput, request: Extract<CardRequest, { verb: 'item.save' }>) {
  const teamGroup = teamGroupId(turn);
  const [item, teamScope, hintedMeeting, teamMembers] = await Promise.all([
    deps.store.items.get(request.itemId),
    teamGroup ? resolveScope(deps, turn, { register: true }) : undefined,
    request.meetingId ? deps.store.meetings.get(request.meetingId) : undefined,
    teamGroup ? deps.store.members.listByGroup(teamGroup) : undefined,
  ]);
  if (!item) throw new DomainError('itemGone');
  const { member } = await scopeForGroup(deps, turn, item.groupId, teamScope);
  const meeting = hintedMeeting?.id === item.meetingId ? hintedMeeting : await loadMeeting(deps, item.meetingId);
  const members = teamMembers && teamGroup === item.groupId ? teamMembers : await deps.store.members.listByGroup(item.groupId);
  return { item, member, meeting, members };
}

async function saveItem(deps: DomainDeps, turn: TurnInput, request: Extract<CardRequest, { verb: 'item.save' }>, log: Logger): Promise<CardActionOutcome> {
  const { item, member, meeting, members } = await loadForEdit(deps, turn, request);
  const values: Partial<ItemFormValues> = Object.fromEntries(Object.entries(request.form).map(([k, v]) => [k, asText(v)]));
  const { locale } = turn;
  try {
    const fields = readItemForm(request.form, meeting, members);
    const saved = await new AgendaService(deps).updateItem(item, meeting, member, fields, request.base);
    const feedback = { kind: 'good' as const, lines: [messages(locale).item.saved(formatTime(deps.now().toISOString(), locale))] };
    return { card: itemCard({ item: saved, meeting, locale, feedback }), followUps: [] };
  } catch (error) {
    // The user's input stays in the card; on a conflict the card shows the latest instead.
    if (error instanceof StoreUnavailableError) throw error;
    const lines = failureLines(error, locale, log, { verb: request.verb, itemId: item.id });
    const latest: AgendaItem = (await deps.store.items.get(item.id).catch(() => undefined)) ?? item;
    const conflict = error instanceof DomainError && error.code === 'concurrentEdit';
    const feedback = { kind: 'attention' as const, lines: [messages(locale).item.fix, ...lines] };
    return { card: itemCard({ item: latest, meeting, locale, feedback, values: conflict ? undefined : values }), followUps: [] };
  }
}

async function addToAgenda(deps: DomainDeps, turn: TurnInput, request: Extract<CardRequest, { verb: 'agenda.addItem' | 'agenda.addNotice' }>, log: Logger): Promise<CardActionOutcome> {
  const teamGroup = teamGroupId(turn);
  const [meeting, teamScope] = await Promise.all([loadMeeting(deps, request.meetingId), teamGroup ? resolveScope(deps, turn, { register: true }) : undefined]);
  const { group, member } = await scopeForGroup(deps, turn, meeting.groupId, teamScope);
  const agenda = new AgendaService(deps);
  const { locale } = turn;
  const t = messages(locale);
  try {
    if (!member) throw new DomainError('notMember');
    if (request.verb === VERBS.addItem) {
      const item = await agenda.addItem(meeting, member, asText(request.title));
      const view = await agenda.agenda(meeting);
      const added = t.agenda.itemAdded(item.title);
      const feedback = { kind: 'good' as const, lines: [added] };
      return {
        card: agendaCard({ groupName: group.name, view, locale, notice: { kind: 'good', lines: [added] } }),
        followUps: [cardReply(itemCard({ item, meeting, locale, feedback }), added)],
      };
    }
    const notice = await agenda.addNotice(meeting, member, asText(request.text));
    const view = await agenda.agenda(meeting);
    return { card: agendaCard({ groupName: group.name, view, locale, notice: { kind: 'good', lines: [t.agenda.noticeAdded(notice.title)] } }), followUps: [] };
  } catch (error) {
    if (error instanceof StoreUnavailableError) throw error;
    const lines = failureLines(error, locale, log, { verb: request.verb, meetingId: meeting.id });
    const draft = request.verb === VERBS.addItem ? { title: asText(request.title) } : { text: asText(request.text) };
    const view = await agenda.agenda(meeting);
    return { card: agendaCard({ groupName: group.name, view, locale, notice: { kind: 'attention', lines }, drafts: draft }), followUps: [] };
  }
}

/** What the user typed in the card that failed, to offer it again. */
function typedValues(data: unknown): Record<string, string> {
  if (typeof data !== 'object' || data === null) return {};
  const raw = data as Record<string, unknown>;
  const keys = ['title', 'section', 'presenters', 'minutes', 'description', 'link', 'text'];
  return Object.fromEntries(keys.filter((k) => raw[k] !== undefined && raw[k] !== null).map((k) => [k, asText(raw[k])]));
}

/** The action's own data (everything but the inputs), sent back unchanged on the next try. */
function actionDataOf(request: CardRequest): Record<string, unknown> {
  if (request.verb === VERBS.saveItem) return { itemId: request.itemId, v: request.version, base: request.base };
  return { meetingId: request.meetingId };
}

export async function runCardAction(deps: DomainDeps, turn: TurnInput, data: unknown, log: Logger): Promise<CardActionOutcome> {
  let request: CardRequest | undefined;
  try {
    request = readCardRequest(data);
    if (request.verb === VERBS.saveItem) return await saveItem(deps, turn, request, log);
    return await addToAgenda(deps, turn, request, log);
  } catch (error) {
    const lines = failureLines(error, turn.locale, log, { action: 'card' });
    if (request && error instanceof StoreUnavailableError) {
      return { card: retryCard({ locale: turn.locale, lines, verb: request.verb, data: actionDataOf(request), values: typedValues(data) }), followUps: [] };
    }
    return { card: problemCard(lines), followUps: [] };
  }
}
