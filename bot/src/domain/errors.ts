/**
 * Errors the user can act on. The code selects a localized message; params fill it in.
 * Anything that is not a DomainError is a fault and is never shown to users as is.
 */
export type ErrorCode =
  | 'titleMissing'
  | 'titleTooLong'
  | 'descriptionTooLong'
  | 'unknownSection'
  | 'minutesInvalid'
  | 'minutesTooLong'
  | 'linkInvalid'
  | 'dateInvalid'
  | 'dateNotExisting'
  | 'weekdayMismatch'
  | 'timeInvalid'
  | 'endBeforeStart'
  | 'meetingInPast'
  | 'placeMissing'
  | 'placeTooLong'
  | 'meetingExists'
  | 'noUpcomingMeeting'
  | 'noMeetingOnDate'
  | 'meetingClosed'
  | 'meetingNotPlanned'
  | 'sameMeeting'
  | 'noSuchItemNumber'
  | 'itemNumberMissing'
  | 'moveTargetMissing'
  | 'numberIsNotices'
  | 'notAllowedToRemove'
  | 'withdrawAfterDeadline'
  | 'notCoordinator'
  | 'notAllowedToEdit'
  | 'notMember'
  | 'noGroup'
  | 'notInstalled'
  | 'otherTenant'
  | 'groupChatUnsupported'
  | 'itemGone'
  | 'otherGroup'
  | 'badCardData'
  | 'unknownAction'
  | 'memberNotFound'
  | 'memberAmbiguous'
  | 'unknownRole'
  | 'unknownLanguage'
  | 'lastCoordinator'
  | 'concurrentEdit'
  | 'noticeMissing'
  | 'noticeTooLong'
  | 'presentersTooLong'
  | 'presenterNameTooLong'
  | 'minutesOutOfRange'
  | 'presentersTextTooLong'
  | 'messageTooLong'
  | 'deadlineAfterMeeting'
  | 'joinLinkInvalid'
  | 'noMeetingToConfirm'
  | 'reminderDaysInvalid'
  | 'reminderTimeInvalid'
  | 'reminderTimeInPast'
  | 'reminderPlanChanged'
  | 'guestNotAllowed'
  | 'feedbackQuestionMissing'
  | 'feedbackQuestionTooLong'
  | 'feedbackKindInvalid'
  | 'feedbackChoicesMissing'
  | 'feedbackTooManyChoices'
  | 'feedbackChoiceTooLong'
  | 'feedbackChoiceDuplicate'
  | 'feedbackDeadlineInvalid'
  | 'feedbackDeadlinePassed'
  | 'feedbackDeadlineTooSoon'
  | 'feedbackDeadlineTooFar'
  | 'feedbackReminderInvalid'
  | 'feedbackOwnerInvalid'
  | 'feedbackAudienceInvalid'
  | 'feedbackNamedMissing'
  | 'feedbackNamedInvalid'
  | 'feedbackItemInvalid'
  | 'feedbackNotAsked'
  | 'feedbackClosed'
  | 'feedbackWithdrawn'
  | 'feedbackGone'
  | 'feedbackAnswerMissing'
  | 'feedbackAnswerTooLong'
  | 'feedbackChoiceMissing'
  | 'feedbackChoiceInvalid'
  | 'feedbackNotOwner'
  | 'storageUnavailable'
  | 'notesTooLong'
  | 'itemMinutesEmpty'
  | 'decisionTooLong'
  | 'tooManyDecisions'
  | 'tooManyLinks'
  | 'linkTitleTooLong'
  | 'actionWhatMissing'
  | 'actionWhatTooLong'
  | 'actionOwnerMissing'
  | 'ownerNameTooLong'
  | 'unknownMember'
  | 'dueDateInvalid'
  | 'dueDateBeforeMeeting'
  | 'attendanceInvalid'
  | 'attendeeNameMissing'
  | 'tooManyAttendees'
  | 'partTooLong'
  | 'minutesPublished'
  | 'exportNotForGuests'
  | 'exportNotPublished'
  | 'alreadyPublished'
  | 'notPublished'
  | 'correctionReasonMissing'
  | 'correctionReasonTooLong'
  | 'meetingNotStarted'
  | 'meetingCancelled'
  | 'publishedTooLong'
  | 'followUpTargetInvalid'
  | 'itemNotOnAgenda'
  | 'actionGone'
  | 'followUpGone'
  | 'minutesChanged';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

/**
 * Someone else saved the same minutes since the person read them. Nothing was
 * written; `current` is what is stored now, to show beside what the person typed.
 */
export class EditConflict<T = unknown> extends DomainError {
  constructor(
    readonly current: T,
    by: string,
  ) {
    super('minutesChanged', { name: by });
    this.name = 'EditConflict';
  }
}
