import type {
  ActionJson,
  FollowUpJson,
  ItemMinutesSaved,
  MinutesDocument,
  MinutesItemJson,
  MinutesPartJson,
  MinutesViewer,
  VersionSummary,
} from '../../../contract/minutesApi';
import type { FollowUp, ItemMinutes, MinutesAction, MinutesSnapshot, MinutesVersion, PublishedItem } from '../../../domain/minutes/model';
import { isCoordinator, type Meeting, type Member } from '../../../domain/model';

/** The domain's minutes as the tab's JSON. */

export const viewerOf = (member: Member): MinutesViewer => ({
  role: member.role,
  membership: member.membership,
  canWrite: isCoordinator(member),
  onlyOwnItems: member.membership === 'gast',
});

const itemJson = (item: PublishedItem): MinutesItemJson => ({
  itemId: item.itemId,
  ...(item.number !== undefined ? { number: item.number } : {}),
  title: item.title,
  presenters: item.presenters.map(({ name, initials }) => ({ name, initials })),
  notes: item.notes,
  decisions: item.decisions,
  links: item.links,
  followUps: item.followUps,
  actions: item.actions.map(({ id, what, owner, due }) => ({ actionId: id, what, owner, ...(due ? { due } : {}) })),
});

export function documentJson(snapshot: MinutesSnapshot): MinutesDocument {
  const parts = snapshot.parts.map((part): MinutesPartJson => {
    const items = part.items.map(itemJson);
    if (part.kind === 'notices') return { kind: 'notices', number: part.number, items };
    return part.kind === 'section' ? { kind: 'section', section: part.section, items } : { kind: 'fixed', items };
  });
  return {
    groupName: snapshot.groupName,
    ...snapshot.meeting,
    attendance: snapshot.attendance,
    ...(snapshot.takenBy ? { takenBy: snapshot.takenBy } : {}),
    parts,
  };
}

/** A guest sees when each version came, not why: the reasons may speak of items they do not see. */
export const versionSummary = (version: MinutesVersion, withReason = true): VersionSummary => ({
  number: version.number,
  publishedAt: version.publishedAt,
  publishedBy: version.publishedBy.name,
  ...(withReason && version.reason ? { reason: version.reason } : {}),
});

export const itemMinutesJson = (item: ItemMinutes): ItemMinutesSaved => ({
  itemId: item.itemId,
  version: item.version,
  notes: item.notes.join('\n\n'),
  decisions: item.decisions,
  links: item.links,
  updatedAt: item.updatedAt,
  updatedBy: item.updatedBy.name,
});

export const actionJson = (action: MinutesAction): ActionJson => ({
  actionId: action.id,
  itemId: action.itemId,
  what: action.what,
  owner: action.owner,
  ...(action.due ? { due: action.due } : {}),
  done: action.done,
  version: action.version,
});

export function followUpJson(followUp: FollowUp, targets: Map<string, Meeting>): FollowUpJson | undefined {
  const target = targets.get(followUp.targetMeetingId);
  return target ? { followUpId: followUp.id, itemId: followUp.itemId, targetMeetingId: target.id, startsAt: target.startsAt } : undefined;
}
