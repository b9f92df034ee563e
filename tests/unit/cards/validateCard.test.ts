import { cardProblems } from '../../support/cards/validateCard';

describe('card validation support', () => {
  it('accepts a minimal 1.5 card', () => {
    expect(cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Hej' }] })).toEqual([]);
  });

  it('reports what Teams would not render', () => {
    const problems = cardProblems({
      type: 'AdaptiveCard',
      body: [
        { type: 'TextBlock', text: '' },
        { type: 'Image' },
        { type: 'Input.Text' },
        { type: 'Madeup' },
      ],
    });
    expect(problems.join('\n')).toMatch(/version is missing/);
    expect(problems.join('\n')).toMatch(/empty TextBlock/);
    expect(problems.join('\n')).toMatch(/Image without url/);
    expect(problems.length).toBeGreaterThanOrEqual(4);
  });

  it('rejects versions above 1.5', () => {
    expect(cardProblems({ type: 'AdaptiveCard', version: '1.6', body: [] }).join()).toMatch(/above what Teams renders/);
  });
});
