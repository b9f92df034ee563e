import type * as AC from 'adaptivecards';

/**
 * Validates cards with the official Adaptive Cards library, plus the checks it
 * does not make (see ENGINEERING notes): a declared version Teams can render
 * (at most 1.5), Images with a url, and TextBlocks with text.
 * The package's main entry is ESM without extensions, so the UMD build is loaded.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const adaptiveCards = require('adaptivecards/dist/adaptivecards.js') as typeof AC;

const TEAMS_MAX_VERSION = 1.5;

function walk(node: unknown, visit: (element: Record<string, unknown>, path: string) => void, path = '$'): void {
  if (Array.isArray(node)) {
    node.forEach((child, index) => walk(child, visit, `${path}[${index}]`));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const element = node as Record<string, unknown>;
  if (typeof element.type === 'string') visit(element, path);
  for (const [key, value] of Object.entries(element)) walk(value, visit, `${path}.${key}`);
}

export function cardProblems(card: unknown): string[] {
  const problems: string[] = [];
  const json = card as Record<string, unknown>;
  if (json?.type !== 'AdaptiveCard') problems.push('root type must be AdaptiveCard');
  const version = Number(json?.version);
  if (typeof json?.version !== 'string' || Number.isNaN(version)) problems.push('card version is missing');
  else if (version > TEAMS_MAX_VERSION) problems.push(`card version ${String(json.version)} is above what Teams renders (1.5)`);

  walk(card, (element, path) => {
    if (element.type === 'Image' && !element.url) problems.push(`${path}: Image without url`);
    if (element.type === 'TextBlock' && (typeof element.text !== 'string' || element.text.trim() === '')) problems.push(`${path}: empty TextBlock`);
  });

  const context = new adaptiveCards.SerializationContext();
  const parsed = new adaptiveCards.AdaptiveCard();
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    problems.push(`parse: ${event.message}`);
  }
  for (const event of parsed.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);
  return problems;
}

/** Throws with every problem listed; use in tests as expectValidCard(card). */
export function expectValidCard(card: unknown): void {
  const problems = cardProblems(card);
  if (problems.length > 0) throw new Error(`Invalid Adaptive Card:\n${problems.join('\n')}`);
}

function ownText(element: Record<string, unknown>): string[] {
  const parts: string[] = [];
  for (const key of ['text', 'title', 'label', 'placeholder']) {
    if (typeof element[key] === 'string') parts.push(element[key] as string);
  }
  if (typeof element.value === 'string' || typeof element.value === 'number') parts.push(String(element.value));
  return parts;
}

/**
 * All visible text of a card (TextBlocks, input labels and values, action titles),
 * a line each, for assertions. A row of columns reads left to right: its first
 * lines are joined with a space, as a person reads "1. Budget".
 */
export function cardText(card: unknown): string {
  const lines: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const element = node as Record<string, unknown>;
    if (element.type === 'ColumnSet' && Array.isArray(element.columns)) {
      const columns = (element.columns as unknown[]).map((column) => cardText(column).split('\n').filter(Boolean));
      const first = columns.map((c) => c[0]).filter(Boolean).join(' ');
      if (first) lines.push(first);
      for (const column of columns) lines.push(...column.slice(1));
      return;
    }
    lines.push(...ownText(element));
    for (const [key, value] of Object.entries(element)) if (key !== 'columns') visit(value);
  };
  visit(card);
  return lines.join('\n');
}

/** The value an input would show, by id. */
export function inputValue(card: unknown, id: string): unknown {
  let found: unknown;
  walk(card, (element) => {
    if (element.id === id && typeof element.type === 'string' && element.type.startsWith('Input.')) found = element.value;
  });
  return found;
}

/** The data of the first action with the given verb, as a client would send it back. */
export function actionData(card: unknown, verb: string): Record<string, unknown> {
  let found: Record<string, unknown> | undefined;
  walk(card, (element) => {
    if (!found && element.type === 'Action.Execute' && element.verb === verb) found = element.data as Record<string, unknown>;
  });
  if (!found) throw new Error(`no Action.Execute with verb ${verb}`);
  return found;
}

/**
 * The texts on a card that a client renders as Markdown: TextBlock text and FactSet
 * titles and values (https://learn.microsoft.com/en-us/microsoftteams/platform/task-modules-and-cards/cards/cards-format).
 * A TextRun is not among them: its text shows as it is.
 */
export function markdownTexts(card: unknown): string[] {
  const texts: string[] = [];
  walk(card, (element) => {
    if (element.type === 'TextBlock' && typeof element.text === 'string') texts.push(element.text);
    if (element.type === 'FactSet' && Array.isArray(element.facts)) {
      for (const fact of element.facts as { title?: unknown; value?: unknown }[]) texts.push(String(fact.title ?? ''), String(fact.value ?? ''));
    }
  });
  return texts;
}

/** The texts shown exactly as they are (TextRuns). */
export function plainTexts(card: unknown): string[] {
  const texts: string[] = [];
  walk(card, (element) => {
    if (element.type === 'TextRun' && typeof element.text === 'string') texts.push(element.text);
  });
  return texts;
}
