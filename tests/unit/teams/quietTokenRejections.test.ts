import { isSdkTokenRejectionPrint, quietTokenRejections } from '../../../bot/src/teams/quietTokenRejections';

describe('the SDK\'s prints for rejected tokens', () => {
  const expired = Object.assign(new Error('jwt expired'), { name: 'TokenExpiredError' });

  it('are recognised exactly: the key dump and the expired-token error', () => {
    expect(isSdkTokenRejectionPrint(['Error finding key for token. Available keys: -----BEGIN RSA PUBLIC KEY-----\nMIIB…'])).toBe(true);
    expect(isSdkTokenRejectionPrint([expired])).toBe(true);
  });

  it.each([
    ['another message', ['Error finding something else']],
    ['the key dump with more arguments', ['Error finding key for token. Available keys: x', 'more']],
    ['another error', [new Error('connection refused')]],
    ['a TypeError', [new TypeError('x is undefined')]],
    ['nothing', []],
  ])('leave %s alone', (_label, args) => {
    expect(isSdkTokenRejectionPrint(args)).toBe(false);
  });

  it('are dropped from console.error while everything else still reaches it', () => {
    const seen: unknown[][] = [];
    const spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      seen.push(args);
    });
    try {
      quietTokenRejections();
      console.error('Error finding key for token. Available keys: -----BEGIN RSA PUBLIC KEY-----');
      console.error(expired);
      console.error('Dagordning could not start', new Error('disk full'));
      expect(seen).toEqual([['Dagordning could not start', new Error('disk full')]]);
    } finally {
      spy.mockRestore();
    }
  });
});
