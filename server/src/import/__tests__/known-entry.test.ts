import { knownEntry, knownEntryModel, type ModelMeta } from '../known-entry';

/** An article-like model as Strapi's metadata gives it. */
const meta = (extra: ModelMeta['attributes'] = {}): ModelMeta => {
  const attributes: ModelMeta['attributes'] = {
    id: { type: 'increments' },
    documentId: { type: 'string' },
    title: { type: 'string' },
    description: { type: 'text' },
    body: { type: 'blocks' },
    tags: { type: 'json', default: [] },
    wordCount: { type: 'integer', default: 0 },
    featured: { type: 'boolean', default: false },
    importedAt: { type: 'datetime' },
    secret: { type: 'string', private: true },
    createdAt: { type: 'datetime' },
    publishedAt: { type: 'datetime' },
    authors: { type: 'relation', target: 'api::author.author' },
    category: { type: 'relation', target: 'api::category.category' },
    cover: { type: 'media' },
    createdBy: { type: 'relation', target: 'admin::user', private: true },
    localizations: { type: 'relation', unstable_virtual: true },
    ...extra,
  };
  const columnToAttribute: Record<string, string> = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.type !== 'relation' && attribute.type !== 'media') {
      columnToAttribute[name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)] = name;
    }
  }
  columnToAttribute.created_by_id = 'createdBy';
  return { attributes, columnToAttribute };
};

const isPrivate = (model: ModelMeta) => (name: string) => model.attributes[name]?.private === true;
const KNOWN = ['authors', 'category', 'cover'];

describe('knownEntryModel', () => {
  it('is true when every field can be given as a read gives it', () => {
    const model = meta();
    expect(knownEntryModel(model, isPrivate(model), KNOWN)).toBe(true);
  });

  it('is false for a relation or media field the write does not know, unless private', () => {
    const model = meta({ related: { type: 'relation', target: 'api::x.x' } });
    expect(knownEntryModel(model, isPrivate(model), KNOWN)).toBe(false);
    expect(knownEntryModel(meta(), isPrivate(meta()), ['authors', 'category'])).toBe(false);
    const hidden = meta({ related: { type: 'relation', target: 'api::x.x', private: true } });
    expect(knownEntryModel(hidden, isPrivate(hidden), KNOWN)).toBe(true);
  });

  it('is false for a stored type it cannot convert (a decimal, a big integer, a date…)', () => {
    for (const type of ['decimal', 'float', 'biginteger', 'date', 'time']) {
      const model = meta({ odd: { type } });
      model.columnToAttribute.odd = 'odd';
      expect([type, knownEntryModel(model, isPrivate(model), KNOWN)]).toEqual([type, false]);
    }
  });

  it('ignores fields without a column (a component, a dynamic zone)', () => {
    const model = meta({ seo: { type: 'component' } });
    delete model.columnToAttribute.seo;
    expect(knownEntryModel(model, isPrivate(model), KNOWN)).toBe(true);
  });
});

describe('knownEntry', () => {
  const model = meta();
  const importedAt = new Date('2026-11-30T10:11:12.345Z');
  const row = {
    documentId: 'doc1',
    title: 'A title',
    body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Hi' }] }],
    wordCount: 1,
    importedAt,
    createdAt: importedAt,
    publishedAt: null,
    secret: 'kept for the sanitizer',
    createdBy: 3,
  };
  const targets = new Map<string, unknown>([
    ['authors 7', { id: 7, name: 'Ann' }],
    ['authors 9', { id: 9, name: 'Bob' }],
    ['category 4', { id: 4, name: 'World' }],
  ]);
  const entry = knownEntry(
    model,
    { row, relations: { authors: [9, 7], category: 4, cover: null } },
    42,
    (attribute, id) => targets.get(`${attribute} ${id}`)
  );

  it('gives the scalar fields as a read does: the id, ISO times, JSON copied, defaults', () => {
    expect(entry).toMatchObject({
      id: 42,
      documentId: 'doc1',
      title: 'A title',
      description: null,
      body: row.body,
      tags: [],
      wordCount: 1,
      featured: false,
      importedAt: '2026-11-30T10:11:12.345Z',
      createdAt: '2026-11-30T10:11:12.345Z',
      publishedAt: null,
      secret: 'kept for the sanitizer',
    });
    expect(entry.body).not.toBe(row.body);
  });

  it('gives the relations’ targets in the order given, null for none, and leaves out the rest', () => {
    expect(entry.authors).toEqual([
      { id: 9, name: 'Bob' },
      { id: 7, name: 'Ann' },
    ]);
    expect(entry.category).toEqual({ id: 4, name: 'World' });
    expect(entry.cover).toBeNull();
    expect('createdBy' in entry).toBe(false);
    expect('localizations' in entry).toBe(false);
  });

  it('drops a target that is gone, as a populated read would', () => {
    const gone = knownEntry(
      model,
      { row, relations: { authors: [7, 8], category: 5 } },
      1,
      (attribute, id) => targets.get(`${attribute} ${id}`)
    );
    expect(gone.authors).toEqual([{ id: 7, name: 'Ann' }]);
    expect(gone.category).toBeNull();
  });

  it('parses JSON fields given as text into values of the entry’s own, each time, over the row’s', () => {
    const texts = { body: JSON.stringify([{ type: 'paragraph', children: [] }]), tags: '["a"]' };
    const known = { row, owned: true, texts, relations: {} };
    const [one, two] = [1, 2].map((id) => knownEntry(model, known, id, () => undefined));
    expect(one.body).toEqual([{ type: 'paragraph', children: [] }]);
    expect(one.tags).toEqual(['a']);
    expect(two.body).toEqual(one.body);
    expect(two.body).not.toBe(one.body);
    expect(one.body).not.toBe(row.body);
    // Only JSON fields are read from the texts; the rest as the row gives them.
    const titled = knownEntry(
      model,
      { row, texts: { title: '"not this"' }, relations: {} },
      3,
      () => undefined
    );
    expect(titled.title).toBe('A title');
    // Owned, without a text: the row's own value, not a copy.
    expect(knownEntry(model, { row, owned: true, relations: {} }, 4, () => undefined).body).toBe(
      row.body
    );
  });
});

describe('knownEntry datetimes', () => {
  const model = meta();
  const entryOf = (row: Record<string, unknown>) =>
    knownEntry(model, { row, relations: {} }, 1, () => undefined);

  it('gives each row its own time, whether rows share a Date, repeat one or change it', () => {
    const shared = new Date('2026-12-01T10:00:00.000Z');
    const first = entryOf({ createdAt: shared, publishedAt: shared });
    expect([first.createdAt, first.publishedAt]).toEqual([
      '2026-12-01T10:00:00.000Z',
      '2026-12-01T10:00:00.000Z',
    ]);
    expect(entryOf({ createdAt: new Date('2026-12-01T10:00:00.001Z') }).createdAt).toBe(
      '2026-12-01T10:00:00.001Z'
    );
    // The same Date object, changed in between: its new time.
    shared.setTime(Date.parse('2027-01-02T03:04:05.006Z'));
    expect(entryOf({ createdAt: shared }).createdAt).toBe('2027-01-02T03:04:05.006Z');
    // Text and numbers as a read gives them; an invalid time is null.
    expect(entryOf({ createdAt: '2026-12-01T10:00:00Z', importedAt: 0 })).toMatchObject({
      createdAt: '2026-12-01T10:00:00.000Z',
      importedAt: '1970-01-01T00:00:00.000Z',
    });
    expect(entryOf({ createdAt: 'not a date' }).createdAt).toBeNull();
  });
});
