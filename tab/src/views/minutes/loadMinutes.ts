import type { MeetingsResponse, MinutesResponse } from '../../../../bot/src/contract/minutesApi';
import type { TabApi } from '../../api/tabApi';

export interface MinutesData {
  meetings: MeetingsResponse;
  /** Absent when the group has no meetings. */
  minutes?: MinutesResponse;
  meetingId?: string;
}

/** The group's meetings and one meeting's minutes; kept small so the tab can start it before the view's code has loaded. */
export async function loadMinutes(api: TabApi, groupId: string, meetingId?: string, version?: number): Promise<MinutesData> {
  if (meetingId) {
    const [meetings, minutes] = await Promise.all([api.meetings(groupId), api.minutes(groupId, meetingId, version)]);
    return { meetings, minutes, meetingId };
  }
  // The meeting to open on and its minutes come together: the server knows which it is.
  const [meetings, minutes] = await Promise.all([api.meetings(groupId), api.minutes(groupId, 'current', version).catch(() => undefined)]);
  const chosen = meetings.current;
  if (!chosen) return { meetings };
  return { meetings, meetingId: chosen, minutes: minutes?.meeting.meetingId === chosen ? minutes : await api.minutes(groupId, chosen, version) };
}
