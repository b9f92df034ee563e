import type { ConnectorCall } from './botConnector/connectorEmulator';
import { actionData } from './cards/validateCard';
import { onlyCard, onlyText, Person } from './conversation';
import { newTeam, newUser, type TeamFixture, type TeamsUser } from './teams/activities';
import type { TestApp } from './testApp';

/**
 * A leadership group of a given size for the feedback suites: Sara Lindqvist (the
 * secretary, who installed the app) and members from the team's roster, with a
 * meeting on Tuesday 8 December 2026, and a way to ask and to find what was posted.
 */
export interface FeedbackTeam {
  team: TeamFixture;
  secretary: Person;
  members: Person[];
  guest?: Person;
}

const FIRST = ['Tomas', 'Karin', 'Örjan', 'Åsa', 'Elisabeth', 'Maria', 'Anders', 'Lena', 'Johan', 'Eva', 'Per', 'Anna', 'Lars', 'Ingrid', 'Mikael', 'Sofia', 'Jonas', 'Helena', 'Fredrik', 'Ulla'];
const LAST = ['Karlsson', 'Gäverth', 'Åkesson', 'Öberg', 'Svensson', 'Berg', 'Lund', 'Ek', 'Holm', 'Nyström'];

export async function feedbackTeam(app: TestApp, size: number, options: { guest?: boolean } = {}): Promise<FeedbackTeam> {
  const team = newTeam('Ledningsgruppen');
  const secretary = new Person(app, newUser('Sara Lindqvist'));
  const users: TeamsUser[] = Array.from({ length: size }, (_, n) => newUser(`${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]}${n >= FIRST.length ? ` ${n}` : ''}`));
  const guestUser = options.guest ? newUser('Gunilla Gäst') : undefined;
  app.connector.rosters.set(team.teamId, [
    ...[secretary.user, ...users].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })),
    ...(guestUser ? [{ id: guestUser.id, name: guestUser.name, aadObjectId: guestUser.aadObjectId, userRole: 'guest' as const }] : []),
  ]);
  await secretary.installs(team);
  onlyText(await secretary.inChannel(team, 'möte tisdag 8 december 13.00-16.00 Jupiter + Teams'));
  return { team, secretary, members: users.map((u) => new Person(app, u)), ...(guestUser ? { guest: new Person(app, guestUser) } : {}) };
}

/** The form's fields as a person fills them in; anything left out keeps the form's own value. */
export type FeedbackFields = Partial<Record<'question' | 'description' | 'link' | 'kind' | 'choices' | 'deadlineDate' | 'deadlineTime' | 'reminderHours' | 'owner' | 'audience' | 'named' | 'itemId', string>>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function formValues(card: any): Record<string, string> {
  const values: Record<string, string> = {};
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const element = node as Record<string, unknown>;
    if (typeof element.type === 'string' && element.type.startsWith('Input.') && typeof element.id === 'string') values[element.id] = element.value === undefined ? '' : String(element.value);
    Object.values(element).forEach(visit);
  };
  visit(card.body);
  return values;
}

/** `synpunkter <ämne>` in the channel, the form filled in and sent: the card the asker gets back. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function ask(person: Person, team: TeamFixture, topic: string, fields: FeedbackFields = {}): Promise<any> {
  const form = onlyCard(await person.inChannel(team, `synpunkter ${topic}`));
  const { card } = await person.clicks('feedback.create', { ...actionData(form, 'feedback.create'), ...formValues(form), ...fields }, team);
  return card;
}

/** What the bot posted on its own in a conversation (not replies), in order. */
export const proactive = (app: TestApp, conversationId: string): ConnectorCall[] =>
  app.connector.calls.filter((c) => c.kind === 'send' && c.conversationId === conversationId);

/** Updates of earlier messages, in order. */
export const updatesOf = (app: TestApp, conversationId: string): ConnectorCall[] =>
  app.connector.calls.filter((c) => c.kind === 'update' && c.conversationId === conversationId);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const cardOf = (call: ConnectorCall | undefined): any => call?.activity?.attachments?.[0]?.content;

/** The request card posted in the team's channel: the last post or update there about feedback. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function channelCard(app: TestApp, team: TeamFixture): any {
  const calls = app.connector.calls.filter((c) => (c.kind === 'send' || c.kind === 'update') && c.conversationId === team.generalChannelId && cardOf(c)?.refresh?.action?.verb === 'feedback.view');
  return cardOf(calls[calls.length - 1]);
}
