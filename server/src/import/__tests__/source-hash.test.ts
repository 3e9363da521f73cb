import { stringifyJson } from '../../parsing';
import { jsonText, sourceHash, sourceHashOf } from '../hash';

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

describe('jsonText', () => {
  it('is JSON.stringify’s text, toJSON and dropped members included', () => {
    const value = [
      'ə',
      { b: undefined, a: new Date(Date.UTC(2024, 4, 1)), f: () => 1 },
      [undefined],
      null,
    ];
    expect(jsonText(value)).toBe(JSON.stringify(value));
  });

  it('writes a value nested deeper than the engine’s stack, as the parser’s serialiser does', () => {
    let deep: unknown = 'end';
    for (let i = 0; i < 200_000; i += 1) deep = [deep];
    expect(() => JSON.stringify(deep)).toThrow(RangeError);
    const text = jsonText(deep);
    expect(text).toBe(stringifyJson(deep));
    expect(text.startsWith('[[[[')).toBe(true);
    expect(text.length).toBe(200_000 * 2 + '"end"'.length);
  });

  it('still refuses a cycle', () => {
    const cycle: unknown[] = [];
    cycle.push(cycle);
    expect(() => jsonText(cycle)).toThrow(TypeError);
  });
});
