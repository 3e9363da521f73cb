import type { Core } from '@strapi/strapi';

import { request, type HttpResponse, type RequestOptions } from './requests';
import type { TestApp } from './strapi';

export const ARTICLE = 'plugin::newsroom.article';
export const AUTHOR = 'plugin::newsroom.author';
export const CATEGORY = 'plugin::newsroom.category';

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

// The playground's generated content-type typings are not part of the test build.
const loose = (data: Record<string, unknown>) => data as never;

export interface Article {
  id: number;
  documentId: string;
  title: string;
  slug: string;
  publishedAt: string | null;
  [key: string]: unknown;
}

export interface ListBody<T = Article> {
  data: T[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}

export interface ErrorBody {
  data: null;
  error: { status: number; name: string; message: string; details: unknown };
}

/**
 * The newsroom used by the content-API tests:
 *
 * ```
 * politics ─ world ─ elections        business ─ energy
 * ```
 *
 * Published articles: election-night (elections), summit-in-baku (world), parliament-votes
 * (politics), oil-prices-climb (energy), nobody-s-article (no category). A never-published draft
 * `secret-draft` (politics, tagged Azerbaijan, by Ayya) and `edited-after-publishing`, whose draft
 * differs from its published version. Authors carry private e-mails, articles content hashes.
 */
export const seedNewsroom = async (strapi: Core.Strapi) => {
  const categories = strapi.documents(CATEGORY);
  const category = async (name: string, slug: string, parent?: string) =>
    categories.create({ data: loose({ name, slug, parent }) });
  const politics = await category('Politics', 'politics');
  const world = await category('World', 'world', politics.documentId);
  const elections = await category('Elections', 'elections', world.documentId);
  const business = await category('Business', 'business');
  const energy = await category('Energy', 'energy', business.documentId);

  const author = async (name: string, slug: string) =>
    strapi.documents(AUTHOR).create({
      data: loose({ name, slug, email: `${slug}@newsroom.example`, bio: `${name} writes.` }),
    });
  const ayya = await author('Ayya Lmahamad', 'ayya-lmahamad');
  const zed = await author('Zed Zeta', 'zed-zeta');

  const article = async (
    title: string,
    slug: string,
    fields: { category?: string; tags?: string[]; authors?: string[] },
    publish = true
  ) => {
    const created = await strapi.documents(ARTICLE).create({
      data: loose({
        title,
        slug,
        description: `Lead of ${title}.`,
        body: [paragraph(`Body of ${title}.`)],
        tags: fields.tags ?? [],
        authors: fields.authors ?? [],
        category: fields.category,
        contentHash: `hash-${slug}`,
        sourceName: `${slug}.txt`,
      }),
    });
    if (publish) await strapi.documents(ARTICLE).publish({ documentId: created.documentId });
    return created.documentId;
  };

  const articles = {
    electionNight: await article('Election night', 'election-night', {
      category: elections.documentId,
      tags: ['Elections', 'Azerbaijan'],
      authors: [ayya.documentId],
    }),
    summit: await article('Summit in Baku', 'summit-in-baku', {
      category: world.documentId,
      tags: ['Azerbaijan', 'Iran'],
      authors: [ayya.documentId, zed.documentId],
    }),
    parliament: await article('Parliament votes', 'parliament-votes', {
      category: politics.documentId,
      tags: ['Parliament'],
      authors: [zed.documentId],
    }),
    oil: await article('Oil prices climb', 'oil-prices-climb', {
      category: energy.documentId,
      tags: ['Oil', 'Markets'],
      authors: [zed.documentId],
    }),
    nobody: await article("Nobody's article", 'nobody-s-article', {}),
    secretDraft: await article(
      'Secret draft',
      'secret-draft',
      { category: politics.documentId, tags: ['Azerbaijan'], authors: [ayya.documentId] },
      false
    ),
    edited: await article('Edited after publishing', 'edited-after-publishing', {
      category: politics.documentId,
      authors: [ayya.documentId],
    }),
  };
  await strapi.documents(ARTICLE).update({
    documentId: articles.edited,
    data: loose({ title: 'Unpublished edit' }),
  });

  return { categories: { politics, world, elections, business, energy }, ayya, zed, articles };
};

export type Newsroom = Awaited<ReturnType<typeof seedNewsroom>>;

/** Every slug of the published articles, sorted. */
export const PUBLISHED_SLUGS = [
  'edited-after-publishing',
  'election-night',
  'nobody-s-article',
  'oil-prices-climb',
  'parliament-votes',
  'summit-in-baku',
];

/** GET on the content API (`/api/newsroom…`). */
export const api = <T = ListBody>(
  app: TestApp,
  path: string,
  options: RequestOptions = {}
): Promise<HttpResponse<T>> => request<T>(app, `/api/newsroom${path}`, options);

/** POST /graphql. */
export const graphql = <T = Record<string, unknown>>(
  app: TestApp,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string
) =>
  request<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }>(
    app,
    '/graphql',
    { method: 'POST', body: { query, variables }, token }
  );

export const slugsOf = (body: { data: { slug: unknown }[] }): string[] =>
  body.data.map((a) => String(a.slug)).sort();

/** Every key, at any depth, of a JSON value. */
export const deepKeys = (value: unknown, keys = new Set<string>()): Set<string> => {
  if (Array.isArray(value)) value.forEach((v) => deepKeys(v, keys));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) {
      keys.add(key);
      deepKeys(v, keys);
    }
  }
  return keys;
};

/** The text of a JSON value, to check that no private value appears anywhere. */
export const text = (value: unknown): string => JSON.stringify(value);
