import type { CardElement } from './elements';

/**
 * Text that carries anything a person typed (a title, a notice, a name, a place, or a
 * message quoting one) is shown exactly as typed, never as Markdown. Every member
 * sees the agenda: `[Klicka här](https://evil.example)` in a title must not become a
 * link on it, nor `**…**`, `_…_`, `- …` or `1. …` change how it looks.
 *
 * A TextBlock's text is Markdown in Teams and the schema has no property to turn that off
 * (https://adaptivecards.io/explorer/TextBlock.html,
 * https://learn.microsoft.com/en-us/microsoftteams/platform/task-modules-and-cards/cards/cards-format),
 * and backslash escapes are not honoured alike by every client: the mobile renderers
 * have shown the backslashes (https://github.com/MicrosoftDocs/msteams-docs/issues/5793,
 * https://github.com/microsoft/AdaptiveCards/pull/7474). A TextRun inside a
 * RichTextBlock is the element the schema defines without Markdown ("Markdown is not
 * supported", https://learn.microsoft.com/en-us/adaptive-cards/schema-explorer/text-run;
 * "RichTextBlock does not support Markdown", https://learn.microsoft.com/en-us/adaptive-cards/create/textfeatures),
 * available since schema 1.2. So such text goes on the card only through this function.
 */
export interface TextLook {
  size?: 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge';
  weight?: 'Lighter' | 'Default' | 'Bolder';
  color?: 'Default' | 'Dark' | 'Light' | 'Accent' | 'Good' | 'Warning' | 'Attention';
  isSubtle?: boolean;
  spacing?: 'None' | 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge' | 'Padding';
}

export function plainText(value: string, look: TextLook = {}): CardElement {
  const { spacing, ...run } = look;
  return { type: 'RichTextBlock', ...(spacing ? { spacing } : {}), inlines: [{ type: 'TextRun', text: value, ...run }] };
}
