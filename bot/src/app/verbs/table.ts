import { addItem } from './addItem';
import { addNotice } from './addNotice';
import { answerFeedback } from './answerFeedback';
import { askFeedback } from './askFeedback';
import type { CardVerb } from './cardVerb';
import { createFeedback } from './createFeedback';
import { moveItem } from './moveItem';
import { removeItem } from './removeItem';
import { saveItem } from './saveItem';
import { saveReminders } from './saveReminders';
import { viewFeedback } from './viewFeedback';
import { withdrawFeedback } from './withdrawFeedback';

/** Every verb a card can send back, by name. Anything else in a card action is refused. */
const VERB_TABLE: ReadonlyMap<string, CardVerb<unknown>> = new Map(
  ([saveItem, moveItem, removeItem, addItem, addNotice, saveReminders, askFeedback, createFeedback, answerFeedback, viewFeedback, withdrawFeedback] as CardVerb<unknown>[]).map((verb) => [verb.verb, verb]),
);

export const verbFor = (name: unknown): CardVerb<unknown> | undefined => (typeof name === 'string' ? VERB_TABLE.get(name) : undefined);

export const verbNames = (): string[] => [...VERB_TABLE.keys()];
