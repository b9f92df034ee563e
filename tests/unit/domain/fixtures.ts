import type { DomainDeps } from '../../../bot/src/domain/deps';
import { DomainError } from '../../../bot/src/domain/errors';
import type { Actor, AgendaItem, Group, Meeting, Member, Role } from '../../../bot/src/domain/model';
import { createServices, type Services } from '../../../bot/src/domain/services';
import type { LocalDate } from '../../../bot/src/domain/time/stockholm';
import { SqliteStore } from '../../../bot/src/stores/sqlite/sqliteStore';
import { TestClock } from '../../support/clock';

/**
 * A fictional leadership group and a fixed clock, so no test depends on the real
 * date. "Today" is Sunday 22 November 2026; the next meeting is Tuesday 8 December.
 */
export const TODAY: LocalDate = { year: 2026, month: 11, day: 22 };
/** 10.00 in Stockholm (CET, UTC+1). */
export const NOW = new Date('2026-11-22T09:00:00.000Z');

export const TUESDAY_8_DEC: LocalDate = { year: 2026, month: 12, day: 8 };
export const ONE_TO_FOUR = { start: { hour: 13, minute: 0 }, end: { hour: 16, minute: 0 } };

/** A clock the test moves by hand, starting at NOW. */
export class Clock extends TestClock {
  constructor(start: Date = NOW) {
    super(start);
  }
}

export interface World {
  store: SqliteStore;
  clock: Clock;
  deps: DomainDeps;
  /** The domain's services, built once as the app builds them. */
  services: Services;
  group: Group;
  /** Ingrid Falk (IF), förvaltningschef and ordförande. */
  chair: Member;
  /** Maja Berg Holm (MBH), sekreterare. */
  secretary: Member;
  /** Tove Kvist (TK), ledamot. */
  tove: Member;
  /** Örjan Åkesson (ÖÅ), ledamot. */
  orjan: Member;
  /** The member acting in the group. */
  as(member: Member): Actor;
}

export async function addMember(store: SqliteStore, group: Group, id: string, name: string, initials: string, role: Role = 'ledamot'): Promise<Member> {
  return store.members.add({ id, groupId: group.id, userId: `29:${id}`, aadObjectId: `aad-${id}`, name, initials, role, membership: 'LG' });
}

/** A real SQLite store in memory with the group and four members. */
export async function createWorld(start: Date = NOW): Promise<World> {
  const store = SqliteStore.open(':memory:');
  const clock = new Clock(start);
  const deps: DomainDeps = { store, now: clock.now };
  const { group } = await store.groups.createIfAbsent({
    id: 'group-norrby',
    teamId: '19:norrby-lg@thread.tacv2',
    name: 'Ledningsgruppen Norrby',
    tenantId: 'tenant-norrby',
    createdAt: '2026-08-10T08:00:00.000Z',
    language: 'sv',
  });
  const chair = await addMember(store, group, 'ingrid', 'Ingrid Falk', 'IF', 'ordforande');
  const secretary = await addMember(store, group, 'maja', 'Maja Berg Holm', 'MBH', 'sekreterare');
  const tove = await addMember(store, group, 'tove', 'Tove Kvist', 'TK');
  const orjan = await addMember(store, group, 'orjan', 'Örjan Åkesson', 'ÖÅ');
  return { store, clock, deps, services: createServices(deps), group, chair, secretary, tove, orjan, as: (member) => ({ group, member }) };
}

/** Tuesday 8 December 2026, 13.00–16.00 Stockholm time, agenda deadline Thursday 3 December 12.00. */
export function meetingFixture(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 'meeting-2026-12-08',
    groupId: 'group-norrby',
    startsAt: '2026-12-08T12:00:00.000Z',
    endsAt: '2026-12-08T15:00:00.000Z',
    place: 'Saturnus + Teams',
    online: true,
    agendaDeadline: '2026-12-03T11:00:00.000Z',
    status: 'planerat',
    createdAt: '2026-11-20T08:00:00.000Z',
    version: '1',
    ...overrides,
  };
}

let itemCounter = 0;

/** An item as the store returns it; submitted by Tove Kvist unless told otherwise. */
export function itemFixture(overrides: Partial<AgendaItem> = {}): AgendaItem {
  itemCounter += 1;
  return {
    id: `item-${itemCounter}`,
    meetingId: 'meeting-2026-12-08',
    groupId: 'group-norrby',
    section: 'information',
    title: 'Rutin för tillbudsrapportering',
    presenters: [],
    submittedByMemberId: 'tove',
    submittedByName: 'Tove Kvist',
    submittedAt: '2026-11-23T08:15:00.000Z',
    late: false,
    status: 'anmald',
    order: itemCounter,
    version: '1',
    ...overrides,
  };
}

/** Asserts the promise fails with a DomainError of that code, and returns the error. */
export async function rejects(promise: Promise<unknown>, code: string): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
  return error as DomainError;
}
