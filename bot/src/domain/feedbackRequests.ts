import type { DomainDeps } from './deps';
import { DomainError } from './errors';
import { feedbackState, inAudience, sameAnswer, tallyOf, type FeedbackAnswer, type FeedbackRequest, type FeedbackTally } from './feedback';
import { askable, readAnswer, readFeedbackForm, type AnswerForm, type FeedbackFormText } from './feedbackForms';
import { isCoordinator, type Actor, type AgendaItem, type Meeting, type Member } from './model';
import { VersionConflictError } from './storage';

const CONFLICT_RETRIES = 3;

export interface AnswerOutcome {
  answer: FeedbackAnswer;
  /** False when the same answer was sent again (a resent invoke): nothing was written. */
  changed: boolean;
}

/** A request with what its answers add up to: what the minutes and the tab read. */
export interface FeedbackSummary {
  request: FeedbackRequest;
  tally: FeedbackTally;
}

/**
 * Asking, answering, taking back and compiling feedback. Who may act is settled
 * before anything is read from the form; an answer is one write (or none, when it
 * is the same as the stored one), so nothing is left half-stored.
 */
export class FeedbackService {
  constructor(private readonly deps: DomainDeps) {}

  /** Chair, secretary and members ask; guests do not. */
  assertMayAsk(member: Member): void {
    if (member.membership === 'gast') throw new DomainError('guestNotAllowed');
  }

  state(request: FeedbackRequest) {
    return feedbackState(request, this.deps.now());
  }

  /**
   * Creates the request from the form in one write. It is kept with the item's
   * meeting, or with the group's next meeting, for the minutes.
   */
  async create(actor: Actor, form: FeedbackFormText, context: { members: Member[]; item?: AgendaItem; next?: Meeting }): Promise<FeedbackRequest> {
    this.assertMayAsk(actor.member);
    const now = this.deps.now();
    const fields = readFeedbackForm(form, { now, actor: actor.member, members: context.members });
    const item = fields.itemId ? context.item : undefined;
    if (fields.itemId && (!item || item.id !== fields.itemId || item.groupId !== actor.group.id)) throw new DomainError('feedbackItemInvalid');
    const owner = askable(context.members).find((m) => m.id === fields.ownerMemberId)!;
    const { itemId: _item, deadline, ...rest } = fields;
    const meetingId = item?.meetingId ?? context.next?.id;
    return this.deps.store.feedbackRequests.add({
      ...rest,
      id: crypto.randomUUID(),
      groupId: actor.group.id,
      ...(meetingId ? { meetingId } : {}),
      ...(item ? { itemId: item.id, itemTitle: item.title } : {}),
      deadline: deadline.toISOString(),
      ownerUserId: owner.userId,
      ownerName: owner.name,
      createdByMemberId: actor.member.id,
      createdAt: now.toISOString(),
    });
  }

  /** Whether the request takes this person's answer now; the reason when it does not. */
  assertMayAnswer(member: Member, request: FeedbackRequest): void {
    if (!inAudience(request, member)) throw new DomainError('feedbackNotAsked');
    const state = this.state(request);
    if (state === 'withdrawn') throw new DomainError('feedbackWithdrawn');
    if (state === 'closed') throw new DomainError('feedbackClosed');
  }

  /**
   * The person's answer: stored once, whoever sends it how often. The same answer
   * again (a resent invoke) writes nothing; a changed one replaces the stored one from
   * the version read and keeps the time of the change.
   */
  async answer(actor: Actor, request: FeedbackRequest, stored: FeedbackAnswer | undefined, form: AnswerForm): Promise<AnswerOutcome> {
    this.assertMayAnswer(actor.member, request);
    const content = readAnswer(request, form);
    const { feedbackAnswers } = this.deps.store;
    const at = this.deps.now().toISOString();
    let current = stored;
    if (!current) {
      const { answer, created } = await feedbackAnswers.addIfAbsent({
        id: crypto.randomUUID(), requestId: request.id, groupId: request.groupId, memberId: actor.member.id, userId: actor.member.userId,
        name: actor.member.name, ...content, answeredAt: at, changedAt: at,
      });
      if (created) return { answer, changed: true };
      current = answer;
    }
    for (let attempt = 0; ; attempt++) {
      if (sameAnswer(current, content)) return { answer: current, changed: false };
      try {
        const { choice: _choice, comment: _comment, ...kept } = current;
        return { answer: await feedbackAnswers.update({ ...kept, ...content, name: actor.member.name, changedAt: at }), changed: true };
      } catch (error) {
        if (!(error instanceof VersionConflictError) || attempt >= CONFLICT_RETRIES) throw error;
        // Another copy of this answer was written in between: compare with what it wrote.
        const fresh = await feedbackAnswers.find(request.id, actor.member.userId);
        if (!fresh) throw error;
        current = fresh;
      }
    }
  }

  /** The owner, the chair or the secretary takes the request back before its deadline: no more answers. */
  async withdraw(actor: Actor, request: FeedbackRequest): Promise<FeedbackRequest> {
    if (request.ownerMemberId !== actor.member.id && !isCoordinator(actor.member)) throw new DomainError('feedbackNotOwner');
    const state = this.state(request);
    if (state === 'withdrawn') return request;
    if (state === 'closed') throw new DomainError('feedbackClosed');
    return this.deps.store.feedbackRequests.update({ ...request, withdrawnAt: this.deps.now().toISOString(), withdrawnByName: actor.member.name });
  }

  /** The closed card and the owner's compilation are queued: the scheduler is done with the request. */
  async settle(request: FeedbackRequest): Promise<void> {
    try {
      await this.deps.store.feedbackRequests.update({ ...request, settledAt: this.deps.now().toISOString() });
    } catch (error) {
      // Another process settled it, or someone withdrew it in between: the next pass looks again.
      if (!(error instanceof VersionConflictError)) throw error;
    }
  }

  async tally(request: FeedbackRequest, members?: Member[]): Promise<FeedbackTally> {
    const { store } = this.deps;
    const [everyone, answers] = await Promise.all([members ?? store.members.listByGroup(request.groupId), store.feedbackAnswers.listByRequest(request.id)]);
    return tallyOf(request, everyone, answers);
  }

  /** A meeting's requests with their answers, for the minutes: answered, closed or still open. */
  async forMeeting(meetingId: string): Promise<FeedbackSummary[]> {
    const requests = (await this.deps.store.feedbackRequests.listByMeeting(meetingId)).filter((r) => !r.withdrawnAt);
    if (requests.length === 0) return [];
    const members = await this.deps.store.members.listByGroup(requests[0]!.groupId);
    return Promise.all(requests.map(async (request) => ({ request, tally: await this.tally(request, members) })));
  }

  /** The requests about one agenda item, for its part of the minutes. */
  async forItem(item: Pick<AgendaItem, 'id' | 'meetingId'>): Promise<FeedbackSummary[]> {
    return (await this.forMeeting(item.meetingId)).filter((s) => s.request.itemId === item.id);
  }

  /** A meeting's requests that still take answers, soonest deadline first. */
  async openForMeeting(meetingId: string): Promise<FeedbackSummary[]> {
    return (await this.forMeeting(meetingId)).filter((s) => this.state(s.request) === 'open').sort((a, b) => a.request.deadline.localeCompare(b.request.deadline));
  }
}
