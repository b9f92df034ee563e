import type { FeedbackAnswer, FeedbackRequest } from '../../domain/feedback';
import { DomainError } from '../../domain/errors';
import type { Actor } from '../../domain/model';
import type { Locale } from '../../i18n';
import { together } from '../together';
import { replyLocale } from '../turn';
import { actorForGroup, readAheadActor, type VerbContext } from './cardVerb';

export interface FeedbackInContext {
  request: FeedbackRequest;
  actor: Actor;
  locale: Locale;
  /** The person's stored answer, when asked for. */
  stored?: FeedbackAnswer;
}

/**
 * The request a card acts on, who acts, and (for an answer) the person's stored answer.
 * In a team channel all three go out together, one round trip on a store that
 * batches; the stored answer is found by the person's Teams id, known from the turn.
 */
export async function loadFeedback(context: VerbContext, requestId: string, withAnswer = false): Promise<FeedbackInContext> {
  const { store } = context.services.deps;
  const userId = context.turn.person.userId;
  const [readAhead, request, stored] = await together([
    readAheadActor(context),
    store.feedbackRequests.get(requestId),
    withAnswer && userId ? store.feedbackAnswers.find(requestId, userId) : undefined,
  ]);
  if (!request) throw new DomainError('feedbackGone');
  const actor = await actorForGroup(context, request.groupId, readAhead);
  return { request, actor, locale: replyLocale(context.turn, actor.group), stored };
}
