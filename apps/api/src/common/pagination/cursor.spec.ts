import { decodeCursor, encodeCursor } from './cursor';

describe('cursor', () => {
  it('round-trips a tuple, umlauts included', () => {
    const cursor = encodeCursor(['muenster lüdenscheid', '0b1c']);
    expect(decodeCursor(cursor, 2)).toEqual(['muenster lüdenscheid', '0b1c']);
  });

  it('rejects made-up, malformed and wrongly shaped cursors', () => {
    expect(decodeCursor('', 2)).toBeNull();
    expect(decodeCursor('not a cursor!', 2)).toBeNull();
    expect(decodeCursor(Buffer.from('{"a":1}').toString('base64url'), 2)).toBeNull();
    expect(decodeCursor(encodeCursor(['only-one']), 2)).toBeNull();
    expect(decodeCursor(Buffer.from('[1,2]').toString('base64url'), 2)).toBeNull();
    expect(decodeCursor('x'.repeat(2000), 2)).toBeNull();
    expect(decodeCursor(encodeCursor(['a\u0000', 'b']), 2)).toBeNull();
  });
});
