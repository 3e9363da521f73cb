import fc from 'fast-check';

import {
  ARTICLE_FIELDS,
  canonicalJson,
  draftPrints,
  editedFields,
  fieldPrint,
  fingerprintOf,
  type FieldValues,
} from '..';

const values = (over: Partial<FieldValues> = {}): FieldValues => ({
  title: 'Daily weather',
  slug: 'daily-weather',
  description: 'Sunny.',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Sunny all day.' }] }],
  tags: ['Weather'],
  authors: ['author-1', 'author-2'],
  category: 'category-1',
  ...over,
});

describe('canonicalJson', () => {
  /** The first implementation (entries, filter, sort, map, join): the text stored prints were made of. */
  const reference = (value: unknown): string => {
    if (value === null || value === undefined) return 'null';
    if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
    if (typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(',')}}`;
    }
    return JSON.stringify(value);
  };

  it('writes the same text as the first implementation, for any JSON value and undefined members', () => {
    const values = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom(null, undefined, true, false, 0, -0, 1.5, 'a', '', 'ə"\\\n', '😀'),
        fc.string(),
        fc.double(),
        fc.array(tie('value'), { maxLength: 5 }),
        fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 6 })
      ),
    })).value;
    fc.assert(
      fc.property(values, (value) => {
        expect(canonicalJson(value)).toBe(reference(value));
      }),
      { numRuns: 3000 }
    );
  });

  it('sorts object keys at every depth (Postgres and MySQL reorder JSON)', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"e":3,"f":2}]},"b":1}'
    );
  });

  it('drops undefined members and writes null for undefined values', () => {
    expect(canonicalJson({ a: undefined, b: 'x' })).toBe('{"b":"x"}');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson([undefined, 'y'])).toBe('[null,"y"]');
  });

  it('keeps array order (the byline order matters)', () => {
    expect(canonicalJson(['b', 'a'])).not.toBe(canonicalJson(['a', 'b']));
  });
});

describe('editedFields', () => {
  const stored = fingerprintOf(values());

  it('is empty for the article as imported, whatever the key order the database returns', () => {
    const reordered = values({
      body: [{ children: [{ text: 'Sunny all day.', type: 'text' }], type: 'paragraph' }],
    });
    expect(editedFields(stored, reordered)).toEqual([]);
  });

  it.each([
    ['title', { title: 'Daily weather (updated)' }],
    ['slug', { slug: 'weather' }],
    ['description', { description: 'Cloudy.' }],
    ['body', { body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Rain.' }] }] }],
    ['tags', { tags: ['Weather', 'Baku'] }],
    ['authors', { authors: ['author-2', 'author-1'] }],
    ['category', { category: null }],
  ] as [string, Partial<FieldValues>][])('names %s when an editor changed it', (field, change) => {
    expect(editedFields(stored, values(change))).toEqual([field]);
  });

  it('names every changed field, in the fields order', () => {
    expect(editedFields(stored, values({ tags: [], title: 'New', body: [] }))).toEqual([
      'title',
      'body',
      'tags',
    ]);
  });

  it('takes empty values alike however they come back (null, "" or [])', () => {
    const empty = fingerprintOf(values({ description: '', tags: [], body: [] }));
    expect(editedFields(empty, values({ description: null, tags: null, body: null }))).toEqual([]);
    // A database row may give null for any emptied text or relation.
    const cleared = fingerprintOf(values({ title: '', slug: '', authors: [] }));
    const fromDatabase = { ...values(), title: null, slug: null, authors: null };
    expect(editedFields(cleared, fromDatabase as unknown as FieldValues)).toEqual([]);
  });

  it('says nothing (null) for an article without a fingerprint', () => {
    expect(editedFields(null, values())).toBeNull();
    expect(editedFields({ v: 2, title: 'x' }, values())).toBeNull();
    // Another version of the fingerprint, even with every field: not one this code can read.
    expect(editedFields({ ...fingerprintOf(values()), v: 2 }, values())).toBeNull();
    const partial: Record<string, unknown> = { ...stored };
    delete partial.body;
    expect(editedFields(partial, values())).toBeNull();
  });

  it('has one short hash per field', () => {
    const fingerprint = fingerprintOf(values());
    expect(Object.keys(fingerprint).sort()).toEqual(['v', ...ARTICLE_FIELDS].sort());
    for (const field of ARTICLE_FIELDS) expect(fingerprint[field]).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('fingerprintOf with prints computed earlier (a parse worker’s)', () => {
  it('takes those given and hashes every other field itself', () => {
    const plain = fingerprintOf(values());
    expect(fingerprintOf(values(), { body: fieldPrint(values().body) })).toEqual(plain);
    const given = fingerprintOf(values(), { body: 'body-print-given', title: 'title-given' });
    expect(given.body).toBe('body-print-given');
    expect(given.title).toBe('title-given');
    for (const field of ARTICLE_FIELDS.filter((f) => f !== 'body' && f !== 'title')) {
      expect(given[field]).toBe(plain[field]);
    }
  });

  it('hashes the body itself when none is given', () => {
    const other = values({ body: [] });
    expect(fingerprintOf(other, {}).body).toBe(fieldPrint([]));
    expect(fingerprintOf(other).body).not.toBe(fingerprintOf(values()).body);
  });

  it('draftPrints gives the prints fingerprintOf makes of the same fields, empty ones included', () => {
    for (const v of [values(), values({ description: null, tags: null, body: null, slug: '' })]) {
      const prints = draftPrints(v);
      const plain = fingerprintOf(v);
      expect(prints).toEqual({
        title: plain.title,
        slug: plain.slug,
        description: plain.description,
        tags: plain.tags,
        body: plain.body,
      });
      expect(fingerprintOf(v, prints)).toEqual(plain);
    }
  });

  it('a field print is a 16-hex-digit hash of the canonical JSON', () => {
    expect(fieldPrint({ b: 1, a: 2 })).toMatch(/^[0-9a-f]{16}$/);
    expect(fieldPrint({ b: 1, a: 2 })).toBe(fieldPrint({ a: 2, b: 1 }));
    expect(fieldPrint('x')).not.toBe(fieldPrint('y'));
  });
});
