import { DuplicateRecordError, type Fields, type ListClient, type StoredItem } from './listClient';

/** One list read and written as domain records: the list's items through the record's mapping. */
export class Records<T> {
  constructor(
    readonly list: ListClient,
    private readonly from: (item: StoredItem) => T,
  ) {}

  async where(column: string, value: string): Promise<T[]> {
    return (await this.list.where(column, value)).map(this.from);
  }

  async between(column: string, from: string, to: string): Promise<T[]> {
    return (await this.list.between(column, from, to)).map(this.from);
  }

  async one(column: string, value: string): Promise<T | undefined> {
    const item = await this.list.one(column, value);
    return item ? this.from(item) : undefined;
  }

  /** Creates a record; a duplicate of an earlier, retried create counts as done. */
  async create(fields: Fields, recordId: string): Promise<T> {
    try {
      return this.from(await this.list.create(fields));
    } catch (error) {
      if (!(error instanceof DuplicateRecordError)) throw error;
      const existing = await this.one('RecordId', recordId);
      if (existing === undefined) throw error;
      return existing;
    }
  }

  /**
   * Creates a record whose unique column may hold the value already (a second creator,
   * another process): then the stored record is the answer, not created by this call.
   */
  async createUnlessTaken(fields: Fields, stored: () => Promise<T | undefined>): Promise<{ record: T; created: boolean }> {
    try {
      return { record: this.from(await this.list.create(fields)), created: true };
    } catch (error) {
      if (!(error instanceof DuplicateRecordError)) throw error;
      const existing = await stored();
      if (existing === undefined) throw error;
      return { record: existing, created: false };
    }
  }

  /** Writes fields from the version the caller read; returns the record's new version. */
  update(version: string, fields: Fields, recordId: string): Promise<string> {
    return this.list.update(version, fields, recordId);
  }
}
