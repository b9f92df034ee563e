import type { ArchiveAction, ArchiveFollowUp, DecisionJson, SearchHit, TermRef } from '../../../contract/archiveApi';
import type { SearchHit as DomainHit } from '../../../domain/archive/search';
import type { ActionView, DecisionView, FollowUpView } from '../../../domain/archive/service';
import type { Term } from '../../../domain/archive/terms';

/** The archive's domain views as the tab's JSON. */

export const termRef = ({ kind, year, key }: Term): TermRef => ({ kind, year, key });

export const hitJson = (hit: DomainHit): SearchHit => ({ ...hit, marks: hit.marks.map(({ start, end }) => ({ start, end })) });

export const decisionJson = (decision: DecisionView): DecisionJson => ({ ...decision });

export const archiveActionJson = ({ action, meetingStartsAt, itemTitle, overdue, canMark }: ActionView): ArchiveAction => ({
  actionId: action.id,
  meetingId: action.meetingId,
  meetingStartsAt,
  itemTitle,
  what: action.what,
  owner: { ...(action.owner.memberId ? { memberId: action.owner.memberId } : {}), name: action.owner.name },
  ...(action.due ? { due: action.due } : {}),
  done: action.done,
  overdue,
  version: action.version,
  canMark,
});

export const followUpJson = ({ followUp, meetingStartsAt, itemTitle, targetStartsAt, held }: FollowUpView): ArchiveFollowUp => ({
  followUpId: followUp.id,
  meetingId: followUp.meetingId,
  meetingStartsAt,
  itemTitle,
  targetMeetingId: followUp.targetMeetingId,
  targetStartsAt,
  held,
});
