import { DomainError } from '../domain/errors';
import type { EditableFields, ItemForm } from '../domain/agenda';
import { SECTIONS } from '../domain/model';
import { isVerb, VERBS, type Verb } from '../cards/verbs';

/**
 * Card data comes back from the client and can be anything: it is read field by
 * field, never trusted, and only ids that look like ours are used.
 */
export type CardRequest =
  | { verb: typeof VERBS.saveItem; itemId: string; version: string; base?: Partial<EditableFields>; form: ItemForm }
  | { verb: typeof VERBS.addItem; meetingId: string; title: unknown }
  | { verb: typeof VERBS.addNotice; meetingId: string; text: unknown };

const ID = /^[A-Za-z0-9-]{1,64}$/;

function id(value: unknown): string {
  if (typeof value !== 'string' || !ID.test(value)) throw new DomainError('badCardData');
  return value;
}

function base(value: unknown): Partial<EditableFields> | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new DomainError('badCardData');
  const raw = value as Record<string, unknown>;
  const result: Partial<EditableFields> = {};
  if (typeof raw.title === 'string') result.title = raw.title;
  if (typeof raw.section === 'string' && (SECTIONS as readonly string[]).includes(raw.section)) result.section = raw.section as EditableFields['section'];
  if (Array.isArray(raw.presenters)) result.presenters = raw.presenters as EditableFields['presenters'];
  if ('minutes' in raw) result.minutes = typeof raw.minutes === 'number' ? raw.minutes : undefined;
  if ('description' in raw) result.description = typeof raw.description === 'string' ? raw.description : undefined;
  if ('link' in raw) result.link = typeof raw.link === 'string' ? raw.link : undefined;
  return result;
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
