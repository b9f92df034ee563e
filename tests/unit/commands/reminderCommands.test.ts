import { parseCommand, type Command } from '../../../bot/src/commands/parser';
import { TODAY } from '../domain/fixtures';

const parse = (text: string): Command => parseCommand(text, TODAY);
const DEC_8 = { year: 2026, month: 12, day: 8 };
const LINK = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0';

describe('parseCommand: reminders and the confirmed agenda', () => {
  it.each(['påminnelser', 'paminnelser', 'Påminnelse', 'reminders'])('"%s" shows the reminder plan', (text) => {
    expect(parse(text)).toEqual({ kind: 'reminders' });
  });

  it.each(['fastställ dagordning', 'Fastställ dagordningen', 'faststall dagordning', 'fastställ', 'confirm agenda'])('"%s" confirms the agenda', (text) => {
    expect(parse(text)).toEqual({ kind: 'confirmAgenda' });
  });

  it('still reads "dagordning" alone as showing the agenda', () => {
    expect(parse('dagordning')).toEqual({ kind: 'agenda' });
  });
});

describe('parseCommand: the link of a meeting', () => {
  it('sets the next meeting\'s link, or the link of the meeting on a date', () => {
    expect(parse(`möte länk ${LINK}`)).toEqual({ kind: 'setMeetingLink', url: LINK });
    expect(parse(`meeting link ${LINK}`)).toEqual({ kind: 'setMeetingLink', url: LINK });
    expect(parse(`möte 8 dec länk ${LINK}`)).toEqual({ kind: 'setMeetingLink', url: LINK, date: DEC_8 });
  });

  it('plans a meeting with its link', () => {
    expect(parse(`möte tisdag 8 december 13.00-16.00 Jupiter + Teams länk ${LINK}`)).toEqual({
      kind: 'planMeeting', date: DEC_8, start: { hour: 13, minute: 0 }, end: { hour: 16, minute: 0 }, place: 'Jupiter + Teams', joinLink: LINK,
    });
  });

  it('keeps a place whose name merely contains the word', () => {
    expect(parse('möte 8 dec 13-16 Länkgatan 4')).toMatchObject({ kind: 'planMeeting', place: 'Länkgatan 4' });
  });

  it.each([
    ['möte länk', ''],
    ['möte länk två ord', 'två ord'],
  ])('"%s" is a link that cannot be used', (text, value) => {
    const result = parse(text);
    expect(result).toMatchObject({ kind: 'invalid', command: 'setMeetingLink' });
    expect(result.kind === 'invalid' && result.error.code).toBe('joinLinkInvalid');
    expect(result.kind === 'invalid' && result.error.params.value).toBe(value);
  });

  it('reports a date that does not exist before the link', () => {
    const result = parse(`möte 31/2 länk ${LINK}`);
    expect(result.kind === 'invalid' && result.error.code).toBe('dateNotExisting');
  });

  it('reads a long message word by word, and quotes only the start of what it cannot use', () => {
    const result = parse(`möte ${'länk '.repeat(150)}x y`);
    expect(result.kind === 'invalid' && result.error.code).toBe('joinLinkInvalid');
    expect(result.kind === 'invalid' && String(result.error.params.value).length).toBeLessThanOrEqual(80);
  });

  it('refuses a message over the length of any command before reading it', () => {
    const result = parse(`möte ${'länk '.repeat(20_000)}x y`);
    expect(result.kind === 'invalid' && result.error.code).toBe('messageTooLong');
  });
});
