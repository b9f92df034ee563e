import type { FollowUp, ItemMinutes, Minutes, MinutesAction, MinutesVersion } from '../../domain/minutes/model';
import {
  VersionConflictError,
  type ActionRepository,
  type FollowUpRepository,
  type ItemMinutesRepository,
  type MinutesRepository,
  type MinutesVersionRepository,
  type New,
} from '../../domain/storage';
import { DuplicateRecordError, type ListClient } from './listClient';
import * as map from './minutesFields';
import { Records } from './records';

/**
 * The minutes over SharePoint lists. Each record is found by its unique RecordId or
 * listed by one indexed column (MeetingId, GroupId, OwnerMemberId, Due, PublishedAt),
 * so the lists stay usable past the 5,000-item list view threshold.
 */
export class SharePointMinutes implements MinutesRepository {
  private readonly records: Records<Minutes>;

  constructor(list: ListClient) {
    this.records = new Records(list, map.minutesFrom);
  }

  get(meetingId: string): Promise<Minutes | undefined> {
    return this.records.one('RecordId', meetingId);
  }

  async listByGroup(groupId: string): Promise<Minutes[]> {
    return (await this.records.where('GroupId', groupId)).sort((a, b) => a.meetingId.localeCompare(b.meetingId));
  }

  /** The meeting's id is the unique RecordId, so a second creator finds the first one's minutes. */
  async createIfAbsent(minutes: New<Minutes>): Promise<{ minutes: Minutes; created: boolean }> {
    const { record, created } = await this.records.createUnlessTaken(map.minutesFields(minutes), () => this.get(minutes.meetingId));
    return { minutes: record, created };
  }

  async update(minutes: Minutes): Promise<Minutes> {
    return { ...minutes, version: await this.records.update(minutes.version, map.minutesFields(minutes), minutes.meetingId) };
  }
}

export class SharePointItemMinutes implements ItemMinutesRepository {
  private readonly records: Records<ItemMinutes>;

  constructor(list: ListClient) {
    this.records = new Records(list, map.itemMinutesFrom);
  }

  get(itemId: string): Promise<ItemMinutes | undefined> {
    return this.records.one('RecordId', itemId);
  }

  async listByMeeting(meetingId: string): Promise<ItemMinutes[]> {
    return (await this.records.where('MeetingId', meetingId)).sort((a, b) => a.itemId.localeCompare(b.itemId));
  }

  async listByGroup(groupId: string): Promise<ItemMinutes[]> {
    return (await this.records.where('GroupId', groupId)).sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.itemId.localeCompare(b.itemId));
  }

  /** The item's id is unique: of two first saves, the second is a conflict. */
  async create(minutes: New<ItemMinutes>): Promise<ItemMinutes> {
    try {
      return map.itemMinutesFrom(await this.records.list.create(map.itemMinutesFields(minutes)));
    } catch (error) {
      if (error instanceof DuplicateRecordError) throw new VersionConflictError('item minutes', minutes.itemId);
      throw error;
    }
  }

  async update(minutes: ItemMinutes): Promise<ItemMinutes> {
    return { ...minutes, version: await this.records.update(minutes.version, map.itemMinutesFields(minutes), minutes.itemId) };
  }
}

const byCreation = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }): number => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** Records made while writing a meeting's minutes: found by id, listed by meeting and by group in the order they were made. */
class MeetingRecords<T extends { id: string; createdAt: string }> {
  constructor(protected readonly records: Records<T>) {}

  get(id: string): Promise<T | undefined> {
    return this.records.one('RecordId', id);
  }

  async listByMeeting(meetingId: string): Promise<T[]> {
    return (await this.records.where('MeetingId', meetingId)).sort(byCreation);
  }

  async listByGroup(groupId: string): Promise<T[]> {
    return (await this.records.where('GroupId', groupId)).sort(byCreation);
  }

  async remove(id: string): Promise<void> {
    const item = await this.records.list.one('RecordId', id);
    if (item) await this.records.list.remove(item.itemId);
  }
}

export class SharePointActions extends MeetingRecords<MinutesAction> implements ActionRepository {
  constructor(list: ListClient) {
    super(new Records(list, map.actionFrom));
  }

  async listByOwner(memberId: string): Promise<MinutesAction[]> {
    return (await this.records.where('OwnerMemberId', memberId)).sort(byCreation);
  }

  async listDueBetween(fromDate: string, toDate: string): Promise<MinutesAction[]> {
    return (await this.records.between('Due', fromDate, toDate)).sort(byCreation);
  }

  add(action: New<MinutesAction>): Promise<MinutesAction> {
    return this.records.create(map.actionFields(action), action.id);
  }

  async update(action: MinutesAction): Promise<MinutesAction> {
    return { ...action, version: await this.records.update(action.version, map.actionFields(action), action.id) };
  }
}

export class SharePointFollowUps extends MeetingRecords<FollowUp> implements FollowUpRepository {
  constructor(list: ListClient) {
    super(new Records(list, map.followUpFrom));
  }

  add(followUp: New<FollowUp>): Promise<FollowUp> {
    return this.records.create(map.followUpFields(followUp), followUp.id);
  }
}

const byPublication = (a: MinutesVersion, b: MinutesVersion): number => a.publishedAt.localeCompare(b.publishedAt) || a.number - b.number;

export class SharePointMinutesVersions implements MinutesVersionRepository {
  private readonly records: Records<MinutesVersion>;

  constructor(list: ListClient) {
    this.records = new Records(list, map.versionFrom);
  }

  /** `<meeting>#<number>` is the unique RecordId: a version is stored once, whoever publishes it. */
  async add(version: MinutesVersion): Promise<MinutesVersion> {
    try {
      await this.records.list.create(map.versionFields(version));
      return version;
    } catch (error) {
      if (error instanceof DuplicateRecordError) throw new VersionConflictError('minutes version', map.versionRecordId(version.meetingId, version.number));
      throw error;
    }
  }

  get(meetingId: string, number: number): Promise<MinutesVersion | undefined> {
    return this.records.one('RecordId', map.versionRecordId(meetingId, number));
  }

  async listByMeeting(meetingId: string): Promise<MinutesVersion[]> {
    return (await this.records.where('MeetingId', meetingId)).sort((a, b) => a.number - b.number);
  }

  async listByGroup(groupId: string): Promise<MinutesVersion[]> {
    return (await this.records.where('GroupId', groupId)).sort(byPublication);
  }

  async listPublishedBetween(fromIso: string, toIso: string): Promise<MinutesVersion[]> {
    return (await this.records.between('PublishedAt', fromIso, toIso)).sort(byPublication);
  }
}
