import type { Activity } from 'botbuilder';
import { commandText, stripTags, turnInputFrom } from '../../../bot/src/teams/turnInput';

describe('stripTags', () => {
  it('replaces tags with a space and keeps the text between them', () => {
    expect(stripTags('<p>Budget <b>2027</b></p>')).toBe(' Budget  2027  ');
  });

  it('keeps a lone "<" or ">", and "<>", as text', () => {
    expect(stripTags('a < b')).toBe('a < b');
    expect(stripTags('a > b')).toBe('a > b');
    expect(stripTags('a <> b')).toBe('a <> b');
  });

  it('strips exactly what /<[^>]+>/g strips, for every short text of "<", ">" and a letter', () => {
    const alphabet = ['<', '>', 'a'];
    let texts = [''];
    for (let length = 1; length <= 8; length++) {
      texts = texts.flatMap((text) => alphabet.map((ch) => text + ch));
      for (const text of texts) expect(stripTags(text)).toBe(text.replace(/<[^>]+>/g, ' '));
    }
  });
});

describe('commandText', () => {
  const message = (text: string): Activity => ({ type: 'message', text, recipient: { id: '28:bot', name: 'Dagordning' }, entities: [] }) as unknown as Activity;

  it('decodes entities before it strips tags, so a typed "<at>" cannot come out as a mention tag', () => {
    expect(commandText(message('punkt Budget &lt;at&gt;Sara Lindqvist&lt;/at&gt; 2027'))).toBe('punkt Budget 2027');
    expect(commandText(message('punkt &lt;b&gt;Viktigt&lt;/b&gt;'))).toBe('punkt Viktigt');
  });

  it('decodes once: an escaped entity stays text', () => {
    expect(commandText(message('punkt A &amp;lt;at&amp;gt; B'))).toBe('punkt A &lt;at&gt; B');
  });

  it('keeps comparisons that are no tags', () => {
    expect(commandText(message('punkt Kostnad &lt; 5 Mkr'))).toBe('punkt Kostnad < 5 Mkr');
  });
});

describe('turnInputFrom', () => {
  it('keeps the sender\'s and the team\'s names without hidden characters', () => {
    const turn = turnInputFrom({
      type: 'message',
      from: { id: '29:1', name: 'Sara\u202E Lindqvist' },
      conversation: { id: '19:x', conversationType: 'channel' },
      channelData: { team: { id: '19:x', name: 'Ledningsgruppen\u2066' } },
    } as unknown as Activity);
    expect(turn.person.name).toBe('Sara Lindqvist');
    expect(turn.conversation.team?.name).toBe('Ledningsgruppen');
  });
});
