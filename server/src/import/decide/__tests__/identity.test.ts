import {
  canonicalUrl,
  explicitSourceId,
  matchArticle,
  MAX_STORED_KEY,
  normalisePath,
  sourceKeyOf,
  storedSourceKey,
  storedSourceName,
  type KnownArticle,
} from '..';
import { contentHash } from '../../hash';
import { parseSource } from '../../../parsing';
import { newsText } from '../../../../../tests/helpers/articles';

describe('canonicalUrl', () => {
  it.each([
    ['https://Example.com/news/story', 'example.com/news/story'],
    ['http://example.com/news/story/', 'example.com/news/story'],
    ['https://example.com:443/news/story#comments', 'example.com/news/story'],
    ['https://example.com/a?utm_source=x&b=2&a=1&fbclid=z', 'example.com/a?a=1&b=2'],
    ['  https://example.com/  ', 'example.com'],
    // Pasted from a web page or a word processor: non-breaking spaces around it.
    ['\u00a0https://example.com/news/story\u00a0', 'example.com/news/story'],
    ['https://example.com/news/story//', 'example.com/news/story'],
    ['https://example.com:8080/a', 'example.com:8080/a'],
  ])('%s → %s', (url, canonical) => {
    expect(canonicalUrl(url)).toBe(canonical);
  });

  it.each(['not a url', 'javascript:alert(1)', 'ftp://example.com/a', '/relative/path', ''])(
    'is null for %j',
    (url) => {
      expect(canonicalUrl(url)).toBeNull();
    }
  );
});

describe('explicitSourceId', () => {
  it('takes sourceId first, then id; text trimmed, numbers as text', () => {
    expect(explicitSourceId({ format: 'json', extra: { sourceId: ' A-1 ', id: 'B' } })).toBe('A-1');
    expect(explicitSourceId({ format: 'json', extra: { id: 42 } })).toBe('42');
    expect(explicitSourceId({ format: 'json', extra: { sourceId: '   ', id: 'B' } })).toBe('B');
  });

  it('is null without a usable id', () => {
    expect(explicitSourceId({ format: 'text' })).toBeNull();
    expect(explicitSourceId({ format: 'json', extra: { id: Number.NaN } })).toBeNull();
    expect(explicitSourceId({ format: 'json', extra: { id: { nested: 1 } } })).toBeNull();
    expect(explicitSourceId({ format: 'json', extra: { id: true } })).toBeNull();
  });
});

describe('sourceKeyOf', () => {
  it('prefers the source id, then the canonical sourceUrl, then the path', () => {
    const url = 'https://agency.example/daily-weather/';
    expect(
      sourceKeyOf({ format: 'markdown', sourceUrl: url, extra: { sourceId: 'w-1' } }, 'a.md', null)
    ).toBe('id:w-1');
    expect(sourceKeyOf({ format: 'markdown', sourceUrl: url }, 'a.md', null)).toBe(
      'url:agency.example/daily-weather'
    );
    expect(sourceKeyOf({ format: 'markdown', sourceUrl: 'nonsense' }, 'a.md', null)).toBe(
      'path:a.md'
    );
    expect(sourceKeyOf({ format: 'text' }, './wire\\today.txt', null)).toBe('path:wire/today.txt');
  });

  it('adds the item number for an article of a JSON array (only then)', () => {
    expect(sourceKeyOf({ format: 'json' }, 'briefs.json', 3)).toBe('path:briefs.json#3');
    expect(sourceKeyOf({ format: 'json', extra: { id: 'x' } }, 'briefs.json', 3)).toBe('id:x');
  });

  it('takes the key an export wrote down, in its stored form only', () => {
    const exported = (sourceKey: unknown) =>
      sourceKeyOf(
        {
          format: 'markdown',
          sourceUrl: 'https://x.example/a',
          extra: { sourceKey, sourceId: 's' },
        },
        'published/a.md',
        null
      );
    expect(exported('path:wire/today.txt')).toBe('path:wire/today.txt');
    expect(exported('url:x.example/b')).toBe('url:x.example/b');
    expect(exported(`sha256:${'a'.repeat(64)}`)).toBe(`sha256:${'a'.repeat(64)}`);
    // Spaces around it (hand-edited front matter) are not part of the key.
    expect(exported(' path:wire/today.txt ')).toBe('path:wire/today.txt');
    expect(exported('url:x.example/b\n')).toBe('url:x.example/b');
    // Anything else is not a key of ours: the usual order applies.
    for (const other of ['wire/today.txt', 'sha256:xyz', 'path:', 42, null]) {
      expect(exported(other)).toBe('id:s');
    }
  });

  it('takes an exported key only as long as the column holds (longer keys are stored hashed)', () => {
    const exported = (sourceKey: string) =>
      sourceKeyOf({ format: 'markdown', extra: { sourceKey, sourceId: 's' } }, 'a.md', null);
    const longest = `path:${'a'.repeat(MAX_STORED_KEY - 5)}`;
    expect(exported(longest)).toBe(longest);
    expect(exported(`${longest}b`)).toBe('id:s');
  });

  it('normalises paths the same way on every system', () => {
    expect(normalisePath('./a//b\\c.txt')).toBe('a/b/c.txt');
    expect(normalisePath('././a.txt')).toBe('a.txt');
    // Only a leading "./" goes: a folder whose name ends with a dot keeps it.
    expect(normalisePath('clients/Acme Inc./story.txt')).toBe('clients/Acme Inc./story.txt');
  });
});

describe('stored forms', () => {
  it('keeps a key that fits the column and hashes a longer one', () => {
    const fits = `path:${'a'.repeat(MAX_STORED_KEY - 5)}`;
    expect(storedSourceKey(fits)).toBe(fits);
    const long = `${fits}b`;
    expect(storedSourceKey(long)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(storedSourceKey(long)).toBe(storedSourceKey(long));
    expect(storedSourceKey(long)).not.toBe(storedSourceKey(`${fits}c`));
  });

  it('keeps the end of a long source name', () => {
    expect(storedSourceName('a.txt')).toBe('a.txt');
    const long = `${'d/'.repeat(200)}story.txt`;
    const stored = storedSourceName(long);
    expect(stored).toHaveLength(255);
    expect(stored.startsWith('…')).toBe(true);
    expect(stored.endsWith('/story.txt')).toBe(true);
    expect(storedSourceName('x'.repeat(255))).toBe('x'.repeat(255));
  });
});

describe('matchArticle', () => {
  const article = (over: Partial<KnownArticle>): KnownArticle => ({
    documentId: 'doc',
    sourceKey: 'path:other.txt',
    imported: true,
    sourceName: 'other.txt',
    ...over,
  });
  const candidate = { key: 'path:mine.txt', slug: 'daily-weather', sourceName: 'mine.txt' };
  const none = () => undefined;
  const bySlug = (found: KnownArticle) => (slug: string) =>
    slug === 'daily-weather' ? found : undefined;

  it('finds the article by its source key first, whatever holds the slug', () => {
    const own = article({ documentId: 'own', sourceKey: 'path:mine.txt' });
    expect(
      matchArticle(
        candidate,
        (key) => (key === 'path:mine.txt' ? own : undefined),
        bySlug(article({})),
        false
      )
    ).toEqual({ kind: 'source', documentId: 'own' });
  });

  it('is new when nobody holds the slug', () => {
    expect(matchArticle(candidate, none, none, true)).toEqual({
      kind: 'new',
      slugHeldBy: 'nobody',
    });
  });

  it("never takes another source's article by its slug", () => {
    expect(matchArticle(candidate, none, bySlug(article({})), true)).toEqual({
      kind: 'new',
      slugHeldBy: 'other-source',
    });
  });

  it('takes a legacy import (no key) only from the same source name', () => {
    const legacy = article({ sourceKey: null, sourceName: 'mine.txt' });
    expect(matchArticle(candidate, none, bySlug(legacy), false)).toEqual({
      kind: 'legacy',
      documentId: 'doc',
    });
    const otherLegacy = article({ sourceKey: null, sourceName: 'other.txt' });
    expect(matchArticle(candidate, none, bySlug(otherLegacy), false)).toEqual({
      kind: 'new',
      slugHeldBy: 'other-source',
    });
  });

  it('adopts a hand-made article only when asked', () => {
    const handMade = article({ sourceKey: null, imported: false, sourceName: null });
    expect(matchArticle(candidate, none, bySlug(handMade), false)).toEqual({
      kind: 'new',
      slugHeldBy: 'hand-made',
    });
    expect(matchArticle(candidate, none, bySlug(handMade), true)).toEqual({
      kind: 'adopted',
      documentId: 'doc',
    });
  });
});

describe('the source key an export writes', () => {
  it('is identity, not content: it leaves the content hash as it was', () => {
    const draft = parseSource(newsText({ title: 'Key and hash' }), 'a.txt')[0];
    if (!draft.ok) throw new Error('the fixture must parse');
    const withKey = {
      ...draft.draft,
      sourceMeta: { ...draft.draft.sourceMeta, extra: { sourceKey: 'path:a.txt' } },
    };
    expect(contentHash(withKey)).toBe(contentHash(draft.draft));
    const withOther = {
      ...draft.draft,
      sourceMeta: { ...draft.draft.sourceMeta, extra: { other: 'x' } },
    };
    expect(contentHash(withOther)).not.toBe(contentHash(draft.draft));
  });
});
