import type { FeedbackAnswer, FeedbackRequest } from '../../domain/feedback';
import type { FeedbackAnswerRepository, FeedbackRequestRepository, New } from '../../domain/storage';
import * as map from './fields';
import { DuplicateRecordError, type ListClient } from './listClient';
import { Records } from './records';

/** Feedback requests as a SharePoint list: read by id, by meeting, and (for the scheduler) by phase, each an indexed column. */
export class SharePointFeedbackRequests implements FeedbackRequestRepository {
  private readonly records: Records<FeedbackRequest>;

  constructor(list: ListClient) {
    this.records = new Records(list, map.feedbackRequestFrom);
  }

  get(id: string): Promise<FeedbackRequest | undefined> {
    return this.records.one('RecordId', id);
  }

  add(request: New<FeedbackRequest>): Promise<FeedbackRequest> {
    return this.records.create(map.feedbackRequestFields(request), request.id);
  }

  async update(request: FeedbackRequest): Promise<FeedbackRequest> {
    return { ...request, version: await this.records.update(request.version, map.feedbackRequestFields(request), request.id) };
  }

  async listUnsettled(): Promise<FeedbackRequest[]> {
    return (await this.records.where('Phase', 'active')).sort((a, b) => a.deadline.localeCompare(b.deadline) || a.id.localeCompare(b.id));
  }

  async listByMeeting(meetingId: string): Promise<FeedbackRequest[]> {
    return (await this.records.where('MeetingId', meetingId)).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }
}

/**
 * Answers as a SharePoint list. AnswerKey (request and person) is a unique column, so
 * the second of two creates — a resent invoke racing the first — fails with 409 and
 * finds the first one's answer; a change is a PATCH with If-Match.
 */
export class SharePointFeedbackAnswers implements FeedbackAnswerRepository {
  private readonly records: Records<FeedbackAnswer>;

  constructor(list: ListClient) {
    this.records = new Records(list, map.feedbackAnswerFrom);
  }

  find(requestId: string, userId: string): Promise<FeedbackAnswer | undefined> {
    return this.records.one('AnswerKey', map.answerKey(requestId, userId));
  }

  async addIfAbsent(answer: New<FeedbackAnswer>): Promise<{ answer: FeedbackAnswer; created: boolean }> {
    try {
      return { answer: map.feedbackAnswerFrom(await this.records.list.create(map.feedbackAnswerFields(answer))), created: true };
    } catch (error) {
      if (!(error instanceof DuplicateRecordError)) throw error;
      const existing = await this.find(answer.requestId, answer.userId);
      if (!existing) throw error;
      return { answer: existing, created: false };
    }
  }

  async update(answer: FeedbackAnswer): Promise<FeedbackAnswer> {
    return { ...answer, version: await this.records.update(answer.version, map.feedbackAnswerFields(answer), answer.id) };
  }

  async listByRequest(requestId: string): Promise<FeedbackAnswer[]> {
    return (await this.records.where('RequestId', requestId)).sort((a, b) => a.answeredAt.localeCompare(b.answeredAt) || a.id.localeCompare(b.id));
  }
}
