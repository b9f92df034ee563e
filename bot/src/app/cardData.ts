import { DomainError } from '../domain/errors';
import type { EditableFields, ItemForm } from '../domain/agenda';
import { SECTIONS } from '../domain/model';
import { isVerb, VERBS, type Verb } from '../cards/verbs';

/**
 * Card data comes back from the client and can be anything: it is read field by
 * field, never trusted, and only ids that look like ours are used.
 */
export type CardRequest =
  | { verb: typeof VERBS.saveItem; itemId: string; meetingId?: string; version: string; base?: Partial<EditableFields>; form: ItemForm }
  | { verb: typeof VERBS.addItem; meetingId: string; title: unknown }
  | { verb: typeof VERBS.addNotice; meetingId: string; text: unknown };

const ID = /^[A-Za-z0-9-]{1,64}$/;

function id(value: unknown): string {
  if (typeof value !== 'string' || !ID.test(value)) throw new DomainError('badCardData');
  return value;
}

/** What the card showed. Our cards always send every field; a missing one was empty. */
function base(value: unknown): Partial<EditableFields> | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new DomainError('badCardData');
  const raw = value as Record<string, unknown>;
  const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  return {
    title: text(raw.title),
    section: typeof raw.section === 'string' && (SECTIONS as readonly string[]).includes(raw.section) ? (raw.section as EditableFields['section']) : undefined,
    presenters: Array.isArray(raw.presenters) ? (raw.presenters as EditableFields['presenters']) : [],
    minutes: typeof raw.minutes === 'number' ? raw.minutes : undefined,
    description: text(raw.description),
    link: text(raw.link),
  };
}

export function readCardRequest(data: unknown): CardRequest {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new DomainError('badCardData');
  const raw = data as Record<string, unknown>;
  const verb = raw.action;
  if (!isVerb(verb)) throw new DomainError('unknownAction');
  switch (verb as Verb) {
    case VERBS.saveItem:
      return {
        verb: VERBS.saveItem,
        itemId: id(raw.itemId),
        meetingId: raw.meetingId === undefined ? undefined : id(raw.meetingId),
        version: typeof raw.v === 'string' ? raw.v : '',
        base: base(raw.base),
        form: { title: raw.title, section: raw.section, presenters: raw.presenters, minutes: raw.minutes, description: raw.description, link: raw.link },
      };
    case VERBS.addItem:
      return { verb: VERBS.addItem, meetingId: id(raw.meetingId), title: raw.title };
    case VERBS.addNotice:
      return { verb: VERBS.addNotice, meetingId: id(raw.meetingId), text: raw.text };
  }
}
