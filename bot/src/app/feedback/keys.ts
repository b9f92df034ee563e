import type { FeedbackRequest } from '../../domain/feedback';

/**
 * Outbox keys of a feedback request: what is sent, to whom. The card's count is in
 * its update's key, so the card is updated once for each count it shows, by
 * whichever process sees it first.
 */
const base = (request: Pick<FeedbackRequest, 'id'>): string => `feedback/${request.id}`;

export const feedbackKeys = {
  post: (request: Pick<FeedbackRequest, 'id'>): string => `${base(request)}/post`,
  /** `shown` is what the card says, "4-17" for 4 of 17. */
  count: (request: Pick<FeedbackRequest, 'id'>, shown: string): string => `${base(request)}/count/${shown}`,
  reminder: (request: Pick<FeedbackRequest, 'id'>, memberId: string): string => `${base(request)}/reminder/${memberId}`,
  closedCard: (request: Pick<FeedbackRequest, 'id'>): string => `${base(request)}/closed/channel`,
  compiled: (request: Pick<FeedbackRequest, 'id'>): string => `${base(request)}/closed/owner`,
};
