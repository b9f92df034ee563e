/**
 * The leadership group's vocabulary. Codes are ASCII so they survive every store
 * (SharePoint choice columns, URLs, card data); labels live in i18n.
 */

export const SECTIONS = ['fast', 'beslut', 'information', 'diskussion', 'kortkort'] as const;
export type Section = (typeof SECTIONS)[number];

export const ITEM_STATUSES = ['anmald', 'godkand', 'flyttad', 'avvisad'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const ROLES = ['ordforande', 'sekreterare', 'ledamot'] as const;
export type Role = (typeof ROLES)[number];

export const MEMBERSHIPS = ['LG', 'SG', 'gast'] as const;
export type Membership = (typeof MEMBERSHIPS)[number];

export const MEETING_STATUSES = ['planerat', 'genomfort', 'installt'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** Every stored record carries an opaque version used for optimistic concurrency (an eTag in SharePoint). */
export interface Versioned {
  readonly version: string;
}

/** The languages the group can read its channel in; people's own chats follow their Teams client. */
export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One leadership group per Teams team. */
export interface Group extends Versioned {
  id: string;
  teamId: string;
  name: string;
  tenantId?: string;
  createdAt: string;
  /** What the cards posted in the team channel speak: everyone reads them. */
  language: Language;
  /** The app was removed from the team: the data is kept but unreachable until it is installed again. */
  removedAt?: string;
}

export interface Member extends Versioned {
  id: string;
  groupId: string;
  /** Teams user id (29:…), used to address the member. */
  userId: string;
  /** Entra object id: the stable identity across chats and the tab. */
  aadObjectId?: string;
  name: string;
  initials: string;
  role: Role;
  membership: Membership;
  /** Removed from the team: keeps the record (minutes name them) but loses access. */
  leftAt?: string;
}

export interface Meeting extends Versioned {
  id: string;
  groupId: string;
  /** UTC instants; shown in Europe/Stockholm. */
  startsAt: string;
  endsAt: string;
  place: string;
  online: boolean;
  agendaDeadline: string;
  status: MeetingStatus;
  createdAt: string;
  /** Where members join online: a Teams meeting link or another https web link. */
  joinLink?: string;
  /** When the chair or secretary confirmed the agenda; items added afterwards count as late. */
  agendaConfirmedAt?: string;
}

export interface Presenter {
  name: string;
  initials: string;
  memberId?: string;
}

export interface AgendaItem extends Versioned {
  id: string;
  meetingId: string;
  groupId: string;
  section: Section;
  title: string;
  presenters: Presenter[];
  minutes?: number;
  description?: string;
  link?: string;
  submittedByMemberId: string;
  submittedByName: string;
  submittedAt: string;
  /** Submitted after the agenda deadline: the chair decides whether it is taken up. */
  late: boolean;
  status: ItemStatus;
  order: number;
  /** Taken up again: the id of the earlier meeting's item this one follows up ("uppföljning"). */
  followUpOf?: string;
}

export type ConversationScope = 'team' | 'personal' | 'groupChat';

/** Where the bot may post on its own later (reminders, agenda calls). */
export interface ConversationRecord extends Versioned {
  conversationId: string;
  scope: ConversationScope;
  groupId?: string;
  /** The channel-specific reference, opaque to the domain. */
  reference: Record<string, unknown>;
  installedByUserId?: string;
  greetedAt?: string;
  updatedAt: string;
  /** A personal chat: the person it is with (their Teams user id). */
  userId?: string;
  /** A personal chat: the language the person's Teams client reported there last. */
  language?: Language;
  /**
   * Teams refused a message here (403: the bot was removed or blocked; 404: the
   * conversation is gone). Nothing is sent until the app is installed again or the person writes.
   */
  undeliverable?: Undeliverable;
}

export interface Undeliverable {
  since: string;
  /** What Teams answered, e.g. "403 Forbidden". */
  reason: string;
}

export const isCoordinator = (member: Pick<Member, 'role'> | undefined): boolean =>
  member !== undefined && (member.role === 'ordforande' || member.role === 'sekreterare');

export const isActiveMember = (member: Pick<Member, 'leftAt'>): boolean => member.leftAt === undefined;

export const isReachable = (group: Pick<Group, 'removedAt'>): boolean => group.removedAt === undefined;

/**
 * Someone acting in a group: a registered, current member. Every path that acts
 * (chat, card, tab, scheduler on someone's behalf) resolves to this first.
 */
export interface Actor {
  group: Group;
  member: Member;
}
