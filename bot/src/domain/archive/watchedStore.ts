import type { AgendaItemRepository, MeetingRepository, MinutesRepository, MinutesVersionRepository, Store } from '../storage';

/**
 * The store as the domain services write through it: after each write that changes
 * what the archive searches — an agenda item added, changed or removed, a meeting
 * planned, moved or cancelled, minutes published or corrected — the meeting is
 * reindexed in the background. Reads pass straight through.
 */
export function watchedStore(store: Store, touch: (meetingId: string) => void): Store {
  const after = async <T>(write: Promise<T>, meetingId: (written: T) => string): Promise<T> => {
    const written = await write;
    touch(meetingId(written));
    return written;
  };
  const meetings: MeetingRepository = {
    get: (id) => store.meetings.get(id),
    listUpcoming: (groupId, fromIso) => store.meetings.listUpcoming(groupId, fromIso),
    listByGroup: (groupId) => store.meetings.listByGroup(groupId),
    listStartingBetween: (fromIso, toIso) => store.meetings.listStartingBetween(fromIso, toIso),
    add: (meeting) => after(store.meetings.add(meeting), (m) => m.id),
    update: (meeting) => after(store.meetings.update(meeting), (m) => m.id),
  };
  const items: AgendaItemRepository = {
    get: (id) => store.items.get(id),
    listByMeeting: (meetingId) => store.items.listByMeeting(meetingId),
    add: (item) => after(store.items.add(item), (i) => i.meetingId),
    update: (item) => after(store.items.update(item), (i) => i.meetingId),
    remove: async (id) => {
      const item = await store.items.get(id);
      await store.items.remove(id);
      if (item) touch(item.meetingId);
    },
  };
  const minutes: MinutesRepository = {
    get: (meetingId) => store.minutes.get(meetingId),
    listByGroup: (groupId) => store.minutes.listByGroup(groupId),
    createIfAbsent: (record) => store.minutes.createIfAbsent(record),
    // Only publishing changes what the archive shows of the minutes: drafts, attendance saved while writing and
    // a correction begun leave the published version as it was, and are not worth a reindex on every autosave.
    update: (record) => (record.state === 'published' ? after(store.minutes.update(record), (m) => m.meetingId) : store.minutes.update(record)),
  };
  const minutesVersions: MinutesVersionRepository = {
    add: (version) => after(store.minutesVersions.add(version), (v) => v.meetingId),
    get: (meetingId, number) => store.minutesVersions.get(meetingId, number),
    listByMeeting: (meetingId) => store.minutesVersions.listByMeeting(meetingId),
    listByGroup: (groupId) => store.minutesVersions.listByGroup(groupId),
    listPublishedBetween: (fromIso, toIso) => store.minutesVersions.listPublishedBetween(fromIso, toIso),
  };
  return {
    groups: store.groups,
    members: store.members,
    meetings,
    items,
    conversations: store.conversations,
    reminderPlans: store.reminderPlans,
    outbox: store.outbox,
    feedbackRequests: store.feedbackRequests,
    feedbackAnswers: store.feedbackAnswers,
    minutes,
    itemMinutes: store.itemMinutes,
    actions: store.actions,
    followUps: store.followUps,
    minutesVersions,
    archiveIndex: store.archiveIndex,
    close: () => store.close(),
  };
}
