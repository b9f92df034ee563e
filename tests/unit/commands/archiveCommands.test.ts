import { parseCommand, type Command } from '../../../bot/src/commands/parser';
import type { DomainError } from '../../../bot/src/domain/errors';
import { minutesLinks } from '../../../bot/src/app/minutesLinks';
import { TODAY } from '../domain/fixtures';

const parse = (text: string): Command => parseCommand(text, TODAY);

describe('parseCommand: the archive in chat', () => {
  it.each([
    ['beslut budget', 'budget'],
    ['Beslut: Budget 2027', 'Budget 2027'],
    ['BESLUT skolgårdsmiljö', 'skolgårdsmiljö'],
    ['decisions budget', 'budget'],
  ])('"%s" searches the decisions for "%s"', (text, query) => {
    expect(parse(text)).toEqual({ kind: 'searchDecisions', query });
  });

  it.each([
    ['beslut', 'searchTooShort'],
    ['beslut x', 'searchTooShort'],
    ['beslut ett två tre fyra fem sex sju åtta nio', 'searchTooManyWords'],
    [`beslut ${'budget'.repeat(40)}`, 'searchTooLong'],
  ])('"%s" is answered with %s and the command\'s right form', (text, code) => {
    const result = parse(text);
    expect(result).toMatchObject({ kind: 'invalid', command: 'searchDecisions' });
    expect((result as { error: DomainError }).error.code).toBe(code);
  });

  it('links to the latest published minutes, or those of a day', () => {
    expect(parse('protokoll')).toEqual({ kind: 'minutesLink' });
    expect(parse('Protokollet')).toEqual({ kind: 'minutesLink' });
    expect(parse('minutes')).toEqual({ kind: 'minutesLink' });
    expect(parse('protokoll 10 nov')).toEqual({ kind: 'minutesLink', date: { year: 2026, month: 11, day: 10 } });
    expect(parse('protokoll 2026-11-10')).toEqual({ kind: 'minutesLink', date: { year: 2026, month: 11, day: 10 } });
    // Minutes are of meetings held: 15 December, on 22 November, is last year's.
    expect(parse('protokoll 15 dec')).toEqual({ kind: 'minutesLink', date: { year: 2025, month: 12, day: 15 } });
    expect(parse('protokoll 2026-12-15')).toEqual({ kind: 'minutesLink', date: { year: 2026, month: 12, day: 15 } });
    expect(parse('protokoll 31 nov')).toMatchObject({ kind: 'invalid', command: 'minutesLink', error: { code: 'dateNotExisting' } });
    expect(parse('protokoll igår kväll')).toMatchObject({ kind: 'invalid', command: 'minutesLink', error: { code: 'dateInvalid' } });
  });
});

describe('links from chat to the minutes', () => {
  const group = { id: '19:lg@thread.tacv2', teamId: '19:lg@thread.tacv2' };

  it('opens the channel tab inside Teams when the app\'s id is known, with the meeting as the tab\'s sub-page', () => {
    const link = minutesLinks({ teamsAppId: '2b7e1f0a-3c4d-4e5f-8a9b-0c1d2e3f4a5b', baseUrl: () => 'https://dagordning.example.se' }).minutes(group, 'meeting-1', '19:channel@thread.tacv2');
    const url = new URL(link);
    expect(`${url.origin}${url.pathname}`).toBe(`https://teams.microsoft.com/l/entity/2b7e1f0a-3c4d-4e5f-8a9b-0c1d2e3f4a5b/${encodeURIComponent('dagordning-19:lg@thread.tacv2')}`);
    expect(JSON.parse(url.searchParams.get('context')!)).toEqual({ subEntityId: 'protokoll:meeting-1', channelId: '19:channel@thread.tacv2' });
  });

  it('uses the team\'s general channel from a personal chat, and the tab\'s web address without the app\'s id', () => {
    const teams = new URL(minutesLinks({ teamsAppId: '2b7e1f0a-3c4d-4e5f-8a9b-0c1d2e3f4a5b', baseUrl: () => '' }).minutes(group, 'meeting-1'));
    expect(JSON.parse(teams.searchParams.get('context')!).channelId).toBe('19:lg@thread.tacv2');
    const web = new URL(minutesLinks({ baseUrl: () => 'https://dagordning.example.se' }).minutes(group, 'meeting-1'));
    expect(web.origin + web.pathname).toBe('https://dagordning.example.se/tab/');
    expect(Object.fromEntries(web.searchParams)).toEqual({ group: '19:lg@thread.tacv2', view: 'protokoll', meeting: 'meeting-1' });
  });
});
