import { verbFor, verbNames } from '../../../bot/src/app/verbs/table';
import { VERBS } from '../../../bot/src/cards/verbs';

describe('the card verb table', () => {
  it('handles every verb a card sends, and nothing else', () => {
    expect(verbNames().sort()).toEqual(Object.values(VERBS).sort());
    for (const verb of Object.values(VERBS)) expect(verbFor(verb)?.verb).toBe(verb);
    expect(verbFor('item.delete')).toBeUndefined();
    expect(verbFor(undefined)).toBeUndefined();
    expect(verbFor({ toString: () => 'item.save' })).toBeUndefined();
  });

  it('reads only ids that look like ours from card data', () => {
    const save = verbFor(VERBS.saveItem)!;
    expect(() => save.read({ itemId: '../../etc/passwd' })).toThrow(expect.objectContaining({ code: 'badCardData' }));
    expect(() => save.read({ itemId: 'a'.repeat(65) })).toThrow(expect.objectContaining({ code: 'badCardData' }));
    expect(() => save.read({ itemId: 'item-1', base: 'not an object' })).toThrow(expect.objectContaining({ code: 'badCardData' }));
    expect(save.read({ itemId: 'item-1', v: '3', title: 'Budget', extra: 'ignored' })).toMatchObject({ itemId: 'item-1', version: '3', form: { title: 'Budget' } });
  });
});
