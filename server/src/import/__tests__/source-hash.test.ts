import { sourceHash, sourceHashOf } from '../hash';

describe('sourceHashOf', () => {
  it('is the source hash of the input’s content, for text and bytes', () => {
    const text = { content: 'Title\n\nBody' };
    const bytes = { content: new TextEncoder().encode('Title\n\nBody') };
    expect(sourceHashOf(text)).toBe(sourceHash('Title\n\nBody'));
    expect(sourceHashOf(bytes)).toBe(sourceHash(bytes.content));
    // Asked again: the same answer.
    expect(sourceHashOf(text)).toBe(sourceHash('Title\n\nBody'));
    expect(sourceHashOf(bytes)).toBe(sourceHash(bytes.content));
  });

  it('follows an input whose content was replaced', () => {
    const input: { content: string | Uint8Array } = { content: 'one' };
    expect(sourceHashOf(input)).toBe(sourceHash('one'));
    input.content = 'two';
    expect(sourceHashOf(input)).toBe(sourceHash('two'));
    input.content = new TextEncoder().encode('three');
    expect(sourceHashOf(input)).toBe(sourceHash('three'));
  });
});
