import type { Core } from '@strapi/strapi';

import { startTestApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const AUTHOR = 'plugin::newsroom.author';
const CATEGORY = 'plugin::newsroom.category';

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
// The playground's generated content-type typings are not part of the test build, so partial
// update payloads are typed loosely here.
const partial = (data: Record<string, unknown>) => data as never;
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

let app: TestApp;
let strapi: Core.Strapi;

beforeAll(async () => {
  app = await startTestApp();
  strapi = app.strapi;
});

afterAll(async () => {
  await app?.stop();
});

describe('content types', () => {
  it('registers article, author and category with their attributes', () => {
    const article = strapi.contentType(ARTICLE);
    expect(article.options?.draftAndPublish).toBe(true);
    expect(article.attributes).toMatchObject({
      title: { type: 'string', required: true, maxLength: 255 },
      slug: { type: 'uid', targetField: 'title', required: true },
      description: { type: 'text', maxLength: 300 },
      body: { type: 'blocks', required: true },
      cover: { type: 'media', multiple: false, allowedTypes: ['images'] },
      authors: { type: 'relation', relation: 'manyToMany', target: AUTHOR },
      category: { type: 'relation', relation: 'manyToOne', target: CATEGORY },
      tags: { type: 'json' },
      wordCount: { type: 'integer' },
      readingTimeMinutes: { type: 'integer' },
      sourceName: { type: 'string' },
      sourceUrl: { type: 'text' },
      importedAt: { type: 'datetime' },
      contentHash: { type: 'string', private: true },
      sourceMeta: { type: 'json' },
    });

    const author = strapi.contentType(AUTHOR);
    expect(author.options?.draftAndPublish).toBe(false);
    expect(author.attributes).toMatchObject({
      name: { type: 'string', required: true },
      slug: { type: 'uid', targetField: 'name', required: true },
      bio: { type: 'text' },
      email: { type: 'email', private: true },
      avatar: { type: 'media', multiple: false },
      articles: { type: 'relation', relation: 'manyToMany', target: ARTICLE, mappedBy: 'authors' },
    });

    const category = strapi.contentType(CATEGORY);
    expect(category.options?.draftAndPublish).toBe(false);
    expect(category.attributes).toMatchObject({
      name: { type: 'string', required: true },
      slug: { type: 'uid', targetField: 'name', required: true },
      description: { type: 'text' },
      parent: { type: 'relation', relation: 'manyToOne', target: CATEGORY, inversedBy: 'children' },
      children: { type: 'relation', relation: 'oneToMany', target: CATEGORY, mappedBy: 'parent' },
      articles: { type: 'relation', relation: 'oneToMany', target: ARTICLE, mappedBy: 'category' },
    });
  });

  it('marks the private fields private', () => {
    const isPrivate = (uid: string, attribute: string) =>
      strapi.contentType(uid as 'plugin::newsroom.article').attributes[attribute as 'title'] &&
      (
        strapi.contentType(uid as 'plugin::newsroom.article').attributes as Record<
          string,
          { private?: boolean }
        >
      )[attribute].private === true;
    expect(isPrivate(AUTHOR, 'email')).toBe(true);
    expect(isPrivate(ARTICLE, 'contentHash')).toBe(true);
    expect(isPrivate(ARTICLE, 'title')).toBe(false);
  });
});

describe('documents on a real database', () => {
  it('round-trips an article with two ordered authors and a two-level category', async () => {
    const business = await strapi.documents(CATEGORY).create({
      data: { name: 'Business', slug: 'business' },
    });
    const energy = await strapi.documents(CATEGORY).create({
      data: { name: 'Energy', slug: 'energy', parent: business.documentId },
    });
    // Created in the opposite order to the byline, so the kept order cannot be an accident.
    const zed = await strapi
      .documents(AUTHOR)
      .create({ data: { name: 'Zed Zeta', slug: 'zed-zeta' } });
    const amy = await strapi.documents(AUTHOR).create({
      data: { name: 'Amy Alpha', slug: 'amy-alpha', email: 'amy@example.com' },
    });

    const created = await strapi.documents(ARTICLE).create({
      data: {
        title: 'Oil prices climb',
        slug: 'oil-prices-climb',
        body: [paragraph('Oil prices climbed on Monday.')],
        tags: ['Oil', 'Markets'],
        authors: [zed.documentId, amy.documentId],
        category: energy.documentId,
      },
    });

    const read = await strapi.documents(ARTICLE).findOne({
      documentId: created.documentId,
      populate: { authors: true, category: { populate: { parent: true } } },
    });
    expect(read).toMatchObject({
      title: 'Oil prices climb',
      slug: 'oil-prices-climb',
      tags: ['Oil', 'Markets'],
      body: [paragraph('Oil prices climbed on Monday.')],
      publishedAt: null,
    });
    expect(read?.authors.map((a: { slug: string }) => a.slug)).toEqual(['zed-zeta', 'amy-alpha']);
    expect(read?.category).toMatchObject({ slug: 'energy', parent: { slug: 'business' } });

    const parent = await strapi.documents(CATEGORY).findOne({
      documentId: business.documentId,
      populate: ['children'],
    });
    expect(parent?.children.map((c: { slug: string }) => c.slug)).toEqual(['energy']);
  });

  it('publish makes a published version next to the draft', async () => {
    const draft = await strapi.documents(ARTICLE).create({
      data: { title: 'To publish', slug: 'to-publish', body: [paragraph('Hello world')] },
    });
    expect(
      await strapi.documents(ARTICLE).findOne({ documentId: draft.documentId, status: 'published' })
    ).toBeNull();

    await strapi.documents(ARTICLE).publish({ documentId: draft.documentId });

    const published = await strapi
      .documents(ARTICLE)
      .findOne({ documentId: draft.documentId, status: 'published' });
    expect(published).toMatchObject({ title: 'To publish', slug: 'to-publish' });
    expect(published?.publishedAt).toBeTruthy();
    expect(await strapi.documents(ARTICLE).findOne({ documentId: draft.documentId })).toMatchObject(
      {
        title: 'To publish',
      }
    );
  });

  it('computes wordCount and readingTimeMinutes on create and on update', async () => {
    const created = await strapi.documents(ARTICLE).create({
      data: {
        title: 'Counting words',
        slug: 'counting-words',
        body: [paragraph(words(150)), paragraph(words(100))],
        // Values sent by a caller are ignored: the counts follow the body.
        wordCount: 3,
        readingTimeMinutes: 99,
      },
    });
    expect(created).toMatchObject({ wordCount: 250, readingTimeMinutes: 2 });

    const updated = await strapi.documents(ARTICLE).update({
      documentId: created.documentId,
      data: partial({ body: [paragraph(words(7))] }),
    });
    expect(updated).toMatchObject({ wordCount: 7, readingTimeMinutes: 1 });

    const titleOnly = await strapi.documents(ARTICLE).update({
      documentId: created.documentId,
      data: partial({ title: 'Counting words again', wordCount: 1000 }),
    });
    expect(titleOnly).toMatchObject({ wordCount: 7, readingTimeMinutes: 1 });

    await strapi.documents(ARTICLE).publish({ documentId: created.documentId });
    const published = await strapi
      .documents(ARTICLE)
      .findOne({ documentId: created.documentId, status: 'published' });
    expect(published).toMatchObject({ wordCount: 7, readingTimeMinutes: 1 });
  });

  it('keeps the private tag index in step with the tags, also when they are cleared', async () => {
    const doc = await strapi.documents(ARTICLE).create({
      data: { title: 'Tagged', slug: 'tagged', body: [paragraph('x')], tags: ['Oil Price', 'Əli'] },
    });
    const index = async () =>
      (
        (await strapi.db
          .query(ARTICLE)
          .findOne({ where: { id: doc.id }, select: ['tagIndex'] })) as {
          tagIndex: string | null;
        }
      ).tagIndex;
    expect(await index()).toBe('|oil-price|eli|');
    await strapi
      .documents(ARTICLE)
      .update({ documentId: doc.documentId, data: partial({ tags: null }) });
    expect(await index()).toBeNull();
  });

  it('refuses a second author with the same slug', async () => {
    await strapi.documents(AUTHOR).create({ data: { name: 'Same Name', slug: 'same-name' } });
    await expect(
      strapi.documents(AUTHOR).create({ data: { name: 'Same Name', slug: 'same-name' } })
    ).rejects.toThrow(/unique/i);
    expect(await strapi.documents(AUTHOR).count({ filters: { slug: 'same-name' } })).toBe(1);
  });
});
