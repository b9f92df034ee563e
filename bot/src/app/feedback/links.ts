/**
 * Links the app puts on cards to its own server. A Teams card button can only open a
 * URL, so the owner's CSV file is served behind a link that cannot be guessed and
 * stops working after a while; the server implements it (signed with the app's key).
 */
export interface FeedbackLinks {
  /** The request's answers as CSV, for whoever holds the link, until it expires. */
  answersCsv(requestId: string, now: Date): string;
}
