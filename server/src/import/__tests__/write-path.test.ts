import type { Core } from '@strapi/strapi';

import { listensToCreates, observeWriteHooks, writePathOf } from '../write-path';

const ARTICLE = 'plugin::newsroom.article';
const AUTHOR = 'plugin::newsroom.author';
const CATEGORY = 'plugin::newsroom.category';

interface FakeOptions {
  localized?: string[];
  lifecycles?: Record<string, Record<string, unknown>>;
  firstPublishedAt?: boolean;
}

/** A Strapi with what write-path.ts reads: content types, models, config, the two registries. */
const fakeStrapi = ({ localized = [], lifecycles = {}, firstPublishedAt = false }: FakeOptions) => {
  const middlewares: unknown[] = [];
  const subscribers: unknown[] = [];
  const strapi = {
    contentType: (uid: string) => ({
      uid,
      pluginOptions: localized.includes(uid) ? { i18n: { localized: true } } : {},
    }),
    getModel: (uid: string) => ({ uid, lifecycles: lifecycles[uid] ?? {} }),
    config: {
      get: (key: string, fallback: unknown) =>
        key === 'features.future.experimental_firstPublishedAt' ? firstPublishedAt : fallback,
    },
    documents: {
      use: (middleware: unknown) => {
        middlewares.push(middleware);
        return () => middlewares.splice(middlewares.indexOf(middleware), 1);
      },
    },
    db: {
      lifecycles: {
        subscribe: (subscriber: unknown) => {
          subscribers.push(subscriber);
          return () => subscribers.splice(subscribers.indexOf(subscriber), 1);
        },
      },
    },
  };
  return { strapi: strapi as unknown as Core.Strapi, middlewares, subscribers };
};

type Use = (middleware: unknown) => () => void;
const useOf = (strapi: Core.Strapi) => (strapi.documents as unknown as { use: Use }).use;

describe('writePathOf', () => {
  it('takes the bulk path when nothing would run on the writes', () => {
    const { strapi } = fakeStrapi({});
    observeWriteHooks(strapi);
    expect(writePathOf(strapi)).toEqual({ bulk: true, reasons: [] });
  });

  it('uses the Document Service when the hooks were never observed', () => {
    const { strapi } = fakeStrapi({});
    expect(writePathOf(strapi)).toEqual({
      bulk: false,
      reasons: ['the Document Service middlewares were not observed (observeWriteHooks)'],
    });
  });

  it('keeps the bulk path for localized articles and categories (it writes their locale)', () => {
    const { strapi } = fakeStrapi({ localized: [ARTICLE, CATEGORY] });
    observeWriteHooks(strapi);
    expect(writePathOf(strapi)).toEqual({ bulk: true, reasons: [] });
  });

  it('uses the Document Service for localized authors, own create lifecycles, firstPublishedAt', () => {
    const { strapi } = fakeStrapi({
      localized: [ARTICLE, AUTHOR],
      lifecycles: { [AUTHOR]: { afterCreate: () => undefined, afterUpdate: () => undefined } },
      firstPublishedAt: true,
    });
    observeWriteHooks(strapi);
    expect(writePathOf(strapi)).toEqual({
      bulk: false,
      reasons: [
        `${AUTHOR} is localized (i18n)`,
        `${AUTHOR} declares lifecycles afterCreate`,
        'features.future.experimental_firstPublishedAt is on',
      ],
    });
  });

  it('switches while a middleware is registered, back when it is removed; still registers it', () => {
    const { strapi, middlewares } = fakeStrapi({});
    observeWriteHooks(strapi);
    const middleware = () => undefined;
    const remove = useOf(strapi)(middleware);
    expect(middlewares).toEqual([middleware]);
    const path = writePathOf(strapi);
    expect(path.bulk).toBe(false);
    expect(path.reasons).toEqual([
      expect.stringMatching(/^a Document Service middleware is registered \(.*write-path\.test/),
    ]);
    remove();
    expect(middlewares).toEqual([]);
    expect(writePathOf(strapi)).toEqual({ bulk: true, reasons: [] });
  });

  it('switches for a subscriber to creates of its types, not for others', () => {
    const { strapi, subscribers } = fakeStrapi({});
    observeWriteHooks(strapi);
    const subscribe = (subscriber: object) =>
      (strapi.db.lifecycles.subscribe as unknown as (s: object) => () => void)(subscriber);
    const others = subscribe({ models: ['admin::user'], afterCreate: () => undefined });
    const updates = subscribe({ models: [ARTICLE], afterUpdate: () => undefined });
    expect(writePathOf(strapi)).toEqual({ bulk: true, reasons: [] });
    const creates = subscribe({ models: [AUTHOR], beforeCreateMany: () => undefined });
    expect(subscribers).toHaveLength(3);
    expect(writePathOf(strapi).reasons).toEqual([
      expect.stringMatching(/^a database lifecycle subscriber listens to creates \(/),
    ]);
    creates();
    others();
    updates();
    expect(subscribers).toEqual([]);
    expect(writePathOf(strapi)).toEqual({ bulk: true, reasons: [] });
  });
});

describe('listensToCreates', () => {
  it('is true for a function, for any model or ours with a create action', () => {
    expect(listensToCreates((() => undefined) as never)).toBe(true);
    expect(listensToCreates({ afterCreate: () => undefined } as never)).toBe(true);
    expect(listensToCreates({ models: [ARTICLE], beforeCreate: () => undefined } as never)).toBe(
      true
    );
    expect(listensToCreates({ models: [AUTHOR], afterCreateMany: () => undefined } as never)).toBe(
      true
    );
  });

  it('is false for other models or other actions', () => {
    expect(
      listensToCreates({ models: ['admin::user'], afterCreate: () => undefined } as never)
    ).toBe(false);
    expect(listensToCreates({ models: [ARTICLE], afterDelete: () => undefined } as never)).toBe(
      false
    );
  });
});
