import { formatDate } from '../i18n/format';
import { messages } from '../i18n';
import { acting, type Handler } from './acting';
import { minutesLinks } from './minutesLinks';
import { textReply } from './turn';

/** The archive in chat: `beslut <sökord>` and `protokoll [datum]`. */

/** The decisions a chat reply lists; the rest are counted and found in the tab. */
export const DECISIONS_IN_CHAT = 10;

export const searchDecisions: Handler<'searchDecisions'> = async (context, command) => {
  const { actor, locale } = await acting(context);
  const t = messages(locale).archive;
  const { decisions } = await context.services.archive.decisions(actor, undefined, command.query);
  if (decisions.length === 0) return [textReply(t.noDecisions(command.query))];
  const lines = decisions.slice(0, DECISIONS_IN_CHAT).map((d) =>
    t.decisionLine(formatDate(d.meetingStartsAt, locale), d.number !== undefined ? t.itemNumbered(d.number, d.itemTitle) : d.itemTitle, d.text));
  const more = decisions.length - DECISIONS_IN_CHAT;
  return [textReply([t.decisionsFound(command.query, decisions.length), ...lines, ...(more > 0 ? [t.moreDecisions(more)] : [])].join('\n\n'))];
};

/** Without a server's links (an app built for a test of its own), the link is the tab's address on this host. */
const LOCAL_LINKS = minutesLinks({ baseUrl: () => '' });

export const showMinutesLink: Handler<'minutesLink'> = async (context, command) => {
  const { actor, locale } = await acting(context);
  const meeting = await context.services.archive.publishedMeeting(actor, command.date);
  const { conversation } = context.turn;
  // In a channel the tab is in this channel: its id is the conversation's, without the thread's message.
  const channelId = conversation.scope === 'team' ? conversation.id.split(';')[0] : undefined;
  const url = (context.minutesLinks ?? LOCAL_LINKS).minutes(actor.group, meeting.meetingId, channelId);
  return [textReply(messages(locale).archive.minutesLink(formatDate(meeting.startsAt, locale), url))];
};
