import { feedbackState, reminderDue, tallyOf, type FeedbackRequest } from '../../domain/feedback';
import type { Group, Member } from '../../domain/model';
import { isFinished, type OutboxEntry, type OutboxTarget } from '../../domain/outbox';
import type { Services } from '../../domain/services';
import { formatDayTime } from '../../i18n/format';
import { messages, type Locale } from '../../i18n';
import type { ActorResolver } from '../actors';
import type { Collected, DueWork, DueWorkSource } from '../outbox/dueWork';
import { runPool } from '../outbox/workerPool';
import { feedbackKeys } from './keys';
import type { FeedbackLinks } from './links';
import { personalCard, sharedCard, type FeedbackViews } from './views';

/** How long the closed card and the owner's compilation are still worth sending after the deadline. */
const FINAL_USEFUL_MS = 30 * 86_400_000;
/** Requests looked at together: their reads travel in shared batches on SharePoint, and a pass never floods the store. */
const CONCURRENT_REQUESTS = 8;

/**
 * What is due about feedback requests, every pass, for each request not yet settled:
 * - while it is open: its card in the channel (once), an update of that card when the
 *   count of answers changes, and at its reminder time one personal reminder to each
 *   person asked who has not answered;
 * - at the deadline (or when withdrawn): the channel's card replaced by its closed
 *   state, and the owner's compilation in their personal chat. Once both are in the
 *   outbox, a later pass marks the request settled and looks at it no more.
 * Everything goes through the outbox, so several processes queue each message once.
 */
export class FeedbackSource implements DueWorkSource {
  readonly name = 'feedback';
  private readonly views: FeedbackViews;

  constructor(
    private readonly services: Services,
    private readonly actors: ActorResolver,
    links?: FeedbackLinks,
  ) {
    this.views = { services, links };
  }

  async collect(now: Date): Promise<Collected> {
    const collected: Collected = { work: [], notes: [] };
    const requests = await this.services.deps.store.feedbackRequests.listUnsettled();
    await runPool(requests, CONCURRENT_REQUESTS, (request) => this.collectRequest(request, now, collected));
    // In deadline order whatever order the reads finished in, so a channel's messages are queued in a stable order.
    const order = new Map(requests.map((r, index) => [r.id, index]));
    const rank = (key: string): number => order.get(key.split('/')[1] ?? '') ?? 0;
    collected.work.sort((a, b) => rank(a.key) - rank(b.key));
    return collected;
  }

  private async collectRequest(request: FeedbackRequest, now: Date, collected: Collected): Promise<void> {
    const { store } = this.services.deps;
    const group = await this.actors.groupForJob(request.groupId);
    if (!group) {
      collected.notes.push({ groupId: request.groupId, kind: 'feedback', reason: 'groupUnreachable', detail: 'the app was removed from the team' });
      return;
    }
    const [channel, members, answers, post] = await Promise.all([
      this.services.conversations.channelOf(group.id),
      store.members.listByGroup(group.id),
      store.feedbackAnswers.listByRequest(request.id),
      store.outbox.findByKey(feedbackKeys.post(request)),
    ]);
    const state = feedbackState(request, now);
    if (state === 'open') {
      if (!channel) collected.notes.push({ groupId: group.id, kind: 'feedbackRequest', reason: 'noConversation', detail: 'no channel stored for the team' });
      else if (!post) collected.work.push(this.post(request, group, channel.conversationId));
      const tally = tallyOf(request, members, answers);
      if (post?.state === 'sent' && tally.answered > 0) {
        const count = this.countUpdate(request, group, post, `${tally.answered}-${tally.asked}`);
        if (count) collected.work.push(count);
      }
      const due = reminderDue(request);
      // A request asked closer to its deadline than its reminder time is not reminded of at once: its card just went out.
      if (due <= now && due > new Date(request.createdAt)) collected.work.push(...tally.notAnswered.map((member) => this.reminder(request, group, member, due)));
      return;
    }
    // The card may still be on its way; it is replaced once it has gone out (or failed to).
    if (post && !isFinished(post)) return;
    const finals: DueWork[] = [];
    const sent = post?.state === 'sent' ? this.sentTo(post) : undefined;
    const closedTarget: OutboxTarget | undefined = sent ?? (state === 'closed' && channel ? { kind: 'conversation', conversationId: channel.conversationId } : undefined);
    if (closedTarget) finals.push(this.closedCard(request, group, closedTarget));
    const owner = members.find((m) => m.id === request.ownerMemberId);
    if (state === 'closed' && owner) finals.push(this.compiled(request, group, owner));
    const queued = await store.outbox.existingKeys(finals.map((w) => w.key));
    if (finals.every((w) => queued.has(w.key))) {
      await this.services.feedback.settle(request);
      return;
    }
    collected.work.push(...finals);
  }

  private sentTo(post: OutboxEntry): OutboxTarget | undefined {
    return post.activityId && post.conversationId ? { kind: 'update', conversationId: post.conversationId, activityId: post.activityId } : undefined;
  }

  private until(request: FeedbackRequest): Date {
    return new Date(request.deadline);
  }

  private post(request: FeedbackRequest, group: Group, conversationId: string): DueWork {
    return {
      key: feedbackKeys.post(request), groupId: group.id, kind: 'feedbackRequest', target: { kind: 'conversation', conversationId },
      dueAt: new Date(request.createdAt), usefulUntil: this.until(request),
      render: async () => ({ type: 'card', ...(await sharedCard(this.views, request, group.language)) }),
    };
  }

  /** The count is in the key: the card is replaced once for every count it shows. */
  private countUpdate(request: FeedbackRequest, group: Group, post: OutboxEntry, count: string): DueWork | undefined {
    const target = this.sentTo(post);
    if (!target) return undefined;
    return {
      key: feedbackKeys.count(request, count), groupId: group.id, kind: 'feedbackCount', target, dueAt: new Date(request.createdAt), usefulUntil: this.until(request),
      render: async () => ({ type: 'card', ...(await sharedCard(this.views, request, group.language)) }),
    };
  }

  /** A personal chat reads the person's language; without one, the group's. */
  private async localeOf(member: Member, group: Group): Promise<Locale> {
    return (await this.services.conversations.personalChatOf(member.userId))?.language ?? group.language;
  }

  private reminder(request: FeedbackRequest, group: Group, member: Member, due: Date): DueWork {
    return {
      key: feedbackKeys.reminder(request, member.id), groupId: group.id, kind: 'feedbackReminder', target: { kind: 'person', userId: member.userId, name: member.name },
      dueAt: due, usefulUntil: this.until(request),
      render: async () => {
        const locale = await this.localeOf(member, group);
        const t = messages(locale).feedback;
        const { card } = await personalCard(this.views, request, member, locale, { lead: t.reminderLead(formatDayTime(request.deadline, locale)), refreshFor: [member.userId] });
        return { type: 'card', card, summary: t.reminderSummary(request.question) };
      },
    };
  }

  private closedCard(request: FeedbackRequest, group: Group, target: OutboxTarget): DueWork {
    const at = new Date(request.withdrawnAt ?? request.deadline);
    return {
      key: feedbackKeys.closedCard(request), groupId: group.id, kind: 'feedbackClosed', target, dueAt: at, usefulUntil: new Date(at.getTime() + FINAL_USEFUL_MS),
      render: async () => ({ type: 'card', ...(await sharedCard(this.views, request, group.language)) }),
    };
  }

  /** The owner's compilation: answers by person, counts per option, who did not answer, and the CSV link. */
  private compiled(request: FeedbackRequest, group: Group, owner: Member): DueWork {
    return {
      key: feedbackKeys.compiled(request), groupId: group.id, kind: 'feedbackCompiled', target: { kind: 'person', userId: owner.userId, name: owner.name },
      dueAt: this.until(request), usefulUntil: new Date(this.until(request).getTime() + FINAL_USEFUL_MS),
      render: async () => {
        const locale = await this.localeOf(owner, group);
        const t = messages(locale).feedback;
        const { card } = await personalCard(this.views, request, owner, locale, { lead: t.resultTitle, refreshFor: [owner.userId] });
        return { type: 'card', card, summary: t.resultSummary(request.question) };
      },
    };
  }
}
