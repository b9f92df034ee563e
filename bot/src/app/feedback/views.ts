import { feedbackCard, type FeedbackCardInput, type FeedbackViewer, type RenderedFeedbackCard } from '../../cards/feedbackCard';
import { audienceOf, inAudience, tallyOf, type FeedbackAnswer, type FeedbackRequest } from '../../domain/feedback';
import { isCoordinator, type Member } from '../../domain/model';
import type { Services } from '../../domain/services';
import { messages, type Locale } from '../../i18n';
import type { FeedbackLinks } from './links';

/**
 * Which card each person sees of a feedback request, shared by the card verbs and the
 * scheduler's messages, so a refreshed card, a reminder and the closed card agree.
 */

/** Teams refreshes a card automatically for at most 60 listed users. */
export const TEAMS_REFRESH_LIMIT = 60;

/**
 * Everyone asked and the owner get their own view automatically when there are at
 * most 60 of them; otherwise only the owner does, and the card carries a button that
 * brings anyone's own view.
 * https://learn.microsoft.com/en-us/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/work-with-universal-actions-for-adaptive-cards#user-ids-in-refresh
 */
export function refreshTargets(request: FeedbackRequest, asked: Member[]): { refreshFor: string[]; showOwnButton: boolean } {
  const userIds = [...new Set([request.ownerUserId, ...asked.map((m) => m.userId)])];
  return userIds.length <= TEAMS_REFRESH_LIMIT ? { refreshFor: userIds, showOwnButton: false } : { refreshFor: [request.ownerUserId], showOwnButton: true };
}

export function viewerOf(request: FeedbackRequest, member: Member | undefined, answer: FeedbackAnswer | undefined): FeedbackViewer {
  if (!member) return { kind: 'other' };
  const asked = inAudience(request, member);
  if (member.id === request.ownerMemberId) return { kind: 'owner', asked, answer };
  return asked ? { kind: 'asked', answer } : { kind: 'other' };
}

export interface FeedbackViews {
  services: Services;
  links?: FeedbackLinks;
}

/** What a caller adds: a banner, a lead line, typed text to show again, or whom to refresh for (a personal chat: its one person). */
type Extra = Pick<FeedbackCardInput, 'notice' | 'lead' | 'typed' | 'refreshFor'>;

/** Reads the group's members and the request's answers once; every view is built from them. */
export async function readFeedback(services: Services, request: FeedbackRequest): Promise<{ members: Member[]; answers: FeedbackAnswer[] }> {
  const { store } = services.deps;
  const [members, answers] = await Promise.all([store.members.listByGroup(request.groupId), store.feedbackAnswers.listByRequest(request.id)]);
  return { members, answers };
}

/** The channel message: the question, the counts, the answer form while it is open, and whom Teams refreshes it for. */
export async function sharedCard(views: FeedbackViews, request: FeedbackRequest, locale: Locale, extra: Extra = {}): Promise<RenderedFeedbackCard> {
  const { members, answers } = await readFeedback(views.services, request);
  const tally = tallyOf(request, members, answers);
  const card = feedbackCard({
    request, state: views.services.feedback.state(request), locale, viewer: { kind: 'shared' }, tally, ...refreshTargets(request, audienceOf(request, members)), ...extra,
  });
  return { card, summary: messages(locale).feedback.postSummary(request.question) };
}

/**
 * One person's own view: their answer to change, or for the owner every answer and
 * the CSV link (a fresh one each time the card is refreshed, so an old one may expire).
 */
export async function personalCard(views: FeedbackViews, request: FeedbackRequest, member: Member, locale: Locale, extra: Extra = {}): Promise<RenderedFeedbackCard> {
  const { services, links } = views;
  const { members, answers } = await readFeedback(services, request);
  const tally = tallyOf(request, members, answers);
  const viewer = viewerOf(request, member, answers.find((a) => a.userId === member.userId));
  const owner = viewer.kind === 'owner';
  const mayWithdraw = owner || isCoordinator(member);
  const card = feedbackCard({
    request, state: services.feedback.state(request), locale, viewer, tally, ...refreshTargets(request, audienceOf(request, members)),
    showOwnButton: false, canWithdraw: mayWithdraw, ...(owner && links ? { csvUrl: links.answersCsv(request.id, services.deps.now()) } : {}), ...extra,
  });
  return { card, summary: messages(locale).feedback.postSummary(request.question) };
}
