import { addItem } from './addItem';
import { addNotice } from './addNotice';
import type { CardVerb } from './cardVerb';
import { moveItem } from './moveItem';
import { removeItem } from './removeItem';
import { saveItem } from './saveItem';
import { saveReminders } from './saveReminders';

/** Every verb a card can send back, by name. Anything else in a card action is refused. */
const VERB_TABLE: ReadonlyMap<string, CardVerb<unknown>> = new Map(
  ([saveItem, moveItem, removeItem, addItem, addNotice, saveReminders] as CardVerb<unknown>[]).map((verb) => [verb.verb, verb]),
);

export const verbFor = (name: unknown): CardVerb<unknown> | undefined => (typeof name === 'string' ? VERB_TABLE.get(name) : undefined);

export const verbNames = (): string[] => [...VERB_TABLE.keys()];
