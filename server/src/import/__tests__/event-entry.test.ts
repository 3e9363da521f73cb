import { sanitize } from '@strapi/utils';

import { lazyEntryPayload, sanitizeEventEntry } from '../event-entry';

/**
 * The entry events' sanitizer against Strapi's own (`defaultSanitizeOutput`, what the Document
 * Service runs on an event's entry): the same output for nested relations, morph relations,
 * media, components, dynamic zones, passwords and private attributes of every kind.
 */

type Attributes = Record<string, Record<string, unknown>>;
const schema = (uid: string, attributes: Attributes, options: Record<string, unknown> = {}) => ({
  uid,
  modelType: 'contentType',
  attributes,
  options,
});

const MODELS: Record<string, ReturnType<typeof schema>> = {
  'api::article.article': schema(
    'api::article.article',
    {
      title: { type: 'string' },
      secret: { type: 'string', private: true },
      storedSecret: { type: 'string' },
      globalSecret: { type: 'string' },
      authors: { type: 'relation', relation: 'manyToMany', target: 'api::author.author' },
      category: { type: 'relation', relation: 'manyToOne', target: 'api::category.category' },
      hiddenLink: {
        type: 'relation',
        relation: 'oneToOne',
        target: 'api::author.author',
        private: true,
      },
      attachedTo: { type: 'relation', relation: 'morphToMany' },
      cover: { type: 'media', multiple: false },
      gallery: { type: 'media', multiple: true },
      seo: { type: 'component', component: 'shared.seo', repeatable: false },
      quotes: { type: 'component', component: 'shared.quote', repeatable: true },
      zone: { type: 'dynamiczone', components: ['shared.quote', 'shared.seo'] },
      body: { type: 'blocks' },
      meta: { type: 'json' },
      createdAt: { type: 'datetime' },
    },
    { privateAttributes: ['storedSecret'] }
  ),
  'api::author.author': schema('api::author.author', {
    name: { type: 'string' },
    email: { type: 'email', private: true },
    password: { type: 'password' },
    articles: { type: 'relation', relation: 'manyToMany', target: 'api::article.article' },
  }),
  'api::category.category': schema('api::category.category', {
    name: { type: 'string' },
    parent: { type: 'relation', relation: 'manyToOne', target: 'api::category.category' },
    note: { type: 'text', private: true },
  }),
  'plugin::upload.file': schema('plugin::upload.file', {
    name: { type: 'string' },
    url: { type: 'string' },
    related: { type: 'relation', relation: 'morphToMany', private: true },
  }),
  'shared.seo': schema('shared.seo', {
    metaTitle: { type: 'string' },
    internal: { type: 'string', private: true },
  }),
  'shared.quote': schema('shared.quote', {
    text: { type: 'text' },
    by: { type: 'relation', relation: 'oneToOne', target: 'api::author.author' },
  }),
};
type Model = Parameters<typeof sanitizeEventEntry>[0];
const getModel = (uid: string) => MODELS[uid] as unknown as Model;
const ARTICLE = getModel('api::article.article');

const author = (id: number) => ({
  id,
  documentId: `a${id}`,
  name: `Author ${id}`,
  email: `a${id}@example.com`,
  password: 'hash',
  articles: [{ id: 99, title: 'Back', secret: 's', globalSecret: 'g' }],
});

const entry = () => ({
  id: 1,
  documentId: 'doc1',
  title: 'A title',
  secret: 'private',
  storedSecret: 'stored',
  globalSecret: 'global',
  notAnAttribute: { deep: { email: 'kept' } },
  authors: [author(2), author(3)],
  category: {
    id: 5,
    name: 'Politics',
    note: 'n',
    parent: { id: 4, name: 'World', note: 'n', parent: null },
  },
  hiddenLink: author(7),
  attachedTo: [
    { __type: 'api::author.author', ...author(8) },
    { __type: 'api::category.category', id: 9, name: 'C', note: 'x' },
  ],
  cover: { id: 10, name: 'c.jpg', url: '/c.jpg', related: [{ id: 1 }] },
  gallery: [
    { id: 11, name: 'g.jpg', url: '/g.jpg', related: [] },
    { id: 12, name: 'h.jpg', url: '/h.jpg' },
  ],
  seo: { id: 13, metaTitle: 'Meta', internal: 'i' },
  quotes: [{ id: 14, text: 'Q', by: author(15) }, null],
  zone: [
    { __component: 'shared.quote', id: 16, text: 'Z', by: author(17) },
    { __component: 'shared.seo', id: 18, metaTitle: 'Z2', internal: 'x' },
    null,
  ],
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Hi', private: true }] }],
  meta: { password: 'json is not traversed', email: 'x' },
  createdAt: new Date('2026-01-02T03:04:05Z'),
});

const strapiOracle = (model: string, value: unknown) =>
  sanitize.sanitizers.defaultSanitizeOutput(
    { schema: MODELS[model] as never, getModel: getModel as never },
    value as never
  );

describe('sanitizeEventEntry', () => {
  const globals = globalThis as { strapi?: unknown };
  beforeAll(() => {
    // Strapi's `api.responses.privateAttributes`: private in every model.
    globals.strapi = {
      config: {
        get: (key: string, fallback: unknown) =>
          key === 'api.responses.privateAttributes' ? ['globalSecret'] : fallback,
      },
    };
  });
  afterAll(() => {
    delete globals.strapi;
  });

  it('gives what Strapi’s defaultSanitizeOutput gives, at every level', async () => {
    const input = entry();
    const ours = sanitizeEventEntry(ARTICLE, getModel, input);
    expect(ours).toEqual(await strapiOracle('api::article.article', entry()));
  });

  it('removes private, stored-private, global-private and password attributes', () => {
    const ours = sanitizeEventEntry(ARTICLE, getModel, entry()) as Record<string, unknown>;
    for (const key of ['secret', 'storedSecret', 'globalSecret', 'hiddenLink']) {
      expect(ours).not.toHaveProperty(key);
    }
    const authors = ours.authors as Record<string, unknown>[];
    expect(authors.map((a) => Object.keys(a))).toEqual([
      ['id', 'documentId', 'name', 'articles'],
      ['id', 'documentId', 'name', 'articles'],
    ]);
    expect(authors[0].articles).toEqual([{ id: 99, title: 'Back' }]);
    expect(ours.category).toEqual({
      id: 5,
      name: 'Politics',
      parent: { id: 4, name: 'World', parent: null },
    });
    expect(ours.attachedTo).toEqual([
      {
        __type: 'api::author.author',
        id: 8,
        documentId: 'a8',
        name: 'Author 8',
        articles: [{ id: 99, title: 'Back' }],
      },
      { __type: 'api::category.category', id: 9, name: 'C' },
    ]);
    expect(ours.cover).toEqual({ id: 10, name: 'c.jpg', url: '/c.jpg' });
    expect(ours.seo).toEqual({ id: 13, metaTitle: 'Meta' });
    expect((ours.zone as unknown[])[1]).toEqual({
      __component: 'shared.seo',
      id: 18,
      metaTitle: 'Z2',
    });
    // JSON and blocks are values, not entries: kept whole, as are keys that are no attribute.
    expect(ours.meta).toEqual({ password: 'json is not traversed', email: 'x' });
    expect(ours.notAnAttribute).toEqual({ deep: { email: 'kept' } });
  });

  it('keeps the kept keys in the order Strapi gives them, at every level', async () => {
    const ours = sanitizeEventEntry(ARTICLE, getModel, entry()) as Record<string, unknown>;
    const theirs = (await strapiOracle('api::article.article', entry())) as Record<string, unknown>;
    expect(Object.keys(ours)).toEqual(Object.keys(theirs));
    const keysOf = (list: unknown) => (list as object[]).map((item) => Object.keys(item));
    expect(keysOf(ours.authors)).toEqual(keysOf(theirs.authors));
  });

  it('gives an array given as the entry back as a copy, as Strapi does', async () => {
    const list = [{ id: 1, secret: 's' }, 'text'];
    const ours = sanitizeEventEntry(ARTICLE, getModel, list);
    expect(Array.isArray(ours)).toBe(true);
    expect(ours).not.toBe(list);
    expect(ours).toEqual(await strapiOracle('api::article.article', list));
  });

  it('does not change the row it is given', () => {
    const input = entry();
    sanitizeEventEntry(ARTICLE, getModel, input);
    expect(input).toEqual(entry());
  });

  it('leaves values without a schema as they are, as Strapi does', async () => {
    for (const value of [null, undefined, 'text', 42]) {
      expect(sanitizeEventEntry(ARTICLE, getModel, value)).toEqual(
        await strapiOracle('api::article.article', value)
      );
    }
    const unknownMorph = { attachedTo: [{ __type: 'api::missing.missing', id: 1, secret: 's' }] };
    expect(sanitizeEventEntry(ARTICLE, getModel, unknownMorph)).toEqual(
      await strapiOracle('api::article.article', unknownMorph)
    );
    expect(sanitizeEventEntry(undefined, getModel, { secret: 's' })).toEqual({ secret: 's' });
  });
});

describe('lazyEntryPayload', () => {
  const counted = () => {
    const calls = { count: 0 };
    const build = () => {
      calls.count += 1;
      return { title: 'Built', body: [{ type: 'paragraph' }] };
    };
    return { calls, payload: lazyEntryPayload('article', 'api::article.article', build) };
  };

  it('builds the entry only when it is read, once', () => {
    const { calls, payload } = counted();
    expect(Object.keys(payload)).toEqual(['model', 'uid', 'entry']);
    expect(payload.model).toBe('article');
    expect(calls.count).toBe(0);
    const entry = payload.entry;
    expect(entry).toEqual({ title: 'Built', body: [{ type: 'paragraph' }] });
    expect(payload.entry).toBe(entry);
    expect(calls.count).toBe(1);
  });

  it('gives the entry to a spread, JSON.stringify and a structured clone, as a plain value', () => {
    const spread = { event: 'entry.create', ...counted().payload };
    expect(spread.entry).toEqual({ title: 'Built', body: [{ type: 'paragraph' }] });
    expect(Object.getOwnPropertyDescriptor(spread, 'entry')).toHaveProperty('value');
    expect(JSON.parse(JSON.stringify(counted().payload))).toEqual({
      model: 'article',
      uid: 'api::article.article',
      entry: { title: 'Built', body: [{ type: 'paragraph' }] },
    });
    expect(structuredClone(counted().payload).entry).toEqual({
      title: 'Built',
      body: [{ type: 'paragraph' }],
    });
  });

  it('lets a listener replace the entry, unbuilt or built', () => {
    const unbuilt = counted();
    unbuilt.payload.entry = { title: 'Replaced' };
    expect(unbuilt.payload.entry).toEqual({ title: 'Replaced' });
    expect(unbuilt.calls.count).toBe(0);
    const built = counted();
    expect(built.payload.entry).toMatchObject({ title: 'Built' });
    built.payload.entry = null;
    expect(built.payload.entry).toBeNull();
    expect(built.calls.count).toBe(1);
  });
});
