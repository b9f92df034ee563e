/** The verbs a card can send back. Anything else in a card action is rejected. */
export const VERBS = {
  saveItem: 'item.save',
  addItem: 'agenda.addItem',
  addNotice: 'agenda.addNotice',
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];

export const isVerb = (value: unknown): value is Verb => Object.values(VERBS).includes(value as Verb);
