import type { AgendaItem } from '../../bot/src/domain/model';
import type { TeamFixture } from './teams/activities';
import type { TestApp } from './testApp';

/** Every agenda item the store holds for the team's meetings: what was really saved, whatever the bot answered. */
export async function storedItems(app: TestApp, team: TeamFixture): Promise<AgendaItem[]> {
  const group = await app.store.groups.getByTeamId(team.teamId);
  const meetings = await app.store.meetings.listByGroup(group!.id);
  const lists = await Promise.all(meetings.map((m) => app.store.items.listByMeeting(m.id)));
  return lists.flat();
}
