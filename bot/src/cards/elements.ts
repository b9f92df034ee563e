import { plainText, type TextLook } from './plainText';

/**
 * Small builders for Adaptive Card JSON. Cards target schema 1.5, the highest
 * version Teams renders; every builder is a pure function of its input.
 */
export type CardElement = Record<string, unknown>;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardElement[];
  msteams?: Record<string, unknown>;
  /** Universal Actions: the Action.Execute Teams sends for the listed users when they see the card. */
  refresh?: { action: CardElement; userIds: string[] };
}

export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export function card(body: CardElement[], actions: CardElement[] = []): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length > 0 ? { actions } : {}),
    msteams: { width: 'Full' },
  };
}

/** The app's own text. Anything that includes what a user typed goes through plainText instead. */
export const text = (value: string, options: Record<string, unknown> = {}): CardElement => ({
  type: 'TextBlock',
  text: value,
  wrap: true,
  ...options,
});

/** How the kinds of text look, whether the text is the app's own (TextBlock) or carries user text (plainText). */
export const LOOK = {
  heading: { size: 'Large', weight: 'Bolder' },
  muted: { isSubtle: true, spacing: 'None', size: 'Small' },
} satisfies Record<string, TextLook>;

export const heading = (value: string): CardElement => text(value, { ...LOOK.heading, style: 'heading' });
export const subheading = (value: string): CardElement => text(value, { weight: 'Bolder', spacing: 'Medium', style: 'heading' });
export const muted = (value: string): CardElement => text(value, LOOK.muted);

export const container = (items: CardElement[], options: Record<string, unknown> = {}): CardElement => ({
  type: 'Container',
  items,
  ...options,
});

/** A banner for the outcome of the last action: green for done, red for problems. Its lines quote what users typed. */
export function banner(lines: string[], kind: 'good' | 'attention'): CardElement {
  return container(
    lines.map((line) => plainText(line, { color: kind === 'good' ? 'Good' : 'Attention', weight: kind === 'attention' ? 'Bolder' : 'Default' })),
    { style: kind === 'good' ? 'good' : 'attention', bleed: true },
  );
}

/**
 * Action.Execute (Universal Actions) refreshes the card in place; clients without
 * it fall back to Action.Submit, which arrives as a message with the same data.
 */
export function executeAction(title: string, verb: string, data: Record<string, unknown>, options: Record<string, unknown> = {}): CardElement {
  const payload = { ...data, action: verb };
  return {
    type: 'Action.Execute',
    title,
    verb,
    data: payload,
    ...options,
    fallback: { type: 'Action.Submit', title, data: payload, ...options },
  };
}

export const showCard = (title: string, body: CardElement[], actions: CardElement[]): CardElement => ({
  type: 'Action.ShowCard',
  title,
  card: { type: 'AdaptiveCard', body, actions },
});

/** Opens a web page, such as the Teams meeting to join. */
export const openUrl = (title: string, url: string): CardElement => ({ type: 'Action.OpenUrl', title, url });
