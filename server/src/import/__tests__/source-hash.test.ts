import { readFileSync } from 'node:fs';
import path from 'node:path';

import { parseSource, stringifyJson, type ArticleDraft } from '../../parsing';
import { contentHash, jsonText, sourceHash, sourceHashOf } from '../hash';
import { sha256Hex } from '../sha256';

const SEED = path.join(__dirname, '../../../../data/000_5637bd5acb181e31.txt');

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
    expect(text?.startsWith('[[[[')).toBe(true);
    expect(text?.length).toBe(200_000 * 2 + '"end"'.length);
  });

  it('still refuses a cycle', () => {
    const cycle: unknown[] = [];
    cycle.push(cycle);
    expect(() => jsonText(cycle)).toThrow(TypeError);
  });
});

describe('contentHash', () => {
  /** Its definition: the SHA-256 of JSON.stringify of the draft's parts (stored hashes). */
  const defined = (draft: ArticleDraft) => {
    const { format: _format, ...sourceMeta } = draft.sourceMeta;
    if (sourceMeta.extra && 'sourceKey' in sourceMeta.extra) {
      const { sourceKey: _sourceKey, ...extra } = sourceMeta.extra;
      if (Object.keys(extra).length > 0) sourceMeta.extra = extra;
      else delete sourceMeta.extra;
    }
    const { title, slug, description, categoryPath, tags, authors, body } = draft;
    return sha256Hex(
      JSON.stringify([title, slug, description, categoryPath, tags, authors, body, sourceMeta])
    );
  };
  const parsed = [
    ...parseSource(readFileSync(SEED, 'utf8'), 'seed.txt'),
    ...parseSource(
      JSON.stringify([
        { title: 'Extra kept', body: 'Text.', sourceKey: 'k-1', extra: 'kept' },
        { title: 'Key only', body: 'Text.', sourceKey: 'k-2' },
        { title: 'Ünïcode “quotes”', description: 'ə\u2028', body: 'Line\n\nTwo', tags: ['a'] },
      ]),
      'articles.json'
    ),
  ].flatMap((item) => (item.ok ? [item.draft] : []));
  // A part with no JSON text (JSON.stringify writes null in its place).
  const drafts = [...parsed, { ...parsed[0], description: undefined as unknown as string }];

  it('is the hash of JSON.stringify of the parts, with or without the body text given', () => {
    expect(drafts.length).toBe(5);
    for (const draft of drafts) {
      expect(contentHash(draft)).toBe(defined(draft));
      expect(contentHash(draft, JSON.stringify(draft.body))).toBe(defined(draft));
    }
  });
});
