/** The verbs the cards send back; the application's verb table handles each (app/verbs/table.ts). */
export const VERBS = {
  saveItem: 'item.save',
  moveItem: 'item.move',
  removeItem: 'item.remove',
  addItem: 'agenda.addItem',
  addNotice: 'agenda.addNotice',
  saveReminders: 'reminders.save',
  askFeedback: 'feedback.ask',
  createFeedback: 'feedback.create',
  answerFeedback: 'feedback.answer',
  viewFeedback: 'feedback.view',
  withdrawFeedback: 'feedback.withdraw',
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];
