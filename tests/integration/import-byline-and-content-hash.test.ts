import type { Core } from '@strapi/strapi';

import type { ImportReport } from '../../shared/contracts';
import { sourceHash } from '../../server/src/import/hash';
import { newsText } from '../helpers/articles';
import { api, type Article } from '../helpers/content-api';
import { startTestApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';

interface ImportService {
  apply: (inputs: { name: string; content: string }[], options?: object) => Promise<ImportReport>;
}

let app: TestApp;
let strapi: Core.Strapi;
let engine: ImportService;

beforeAll(async () => {
  app = await startTestApp();
  strapi = app.strapi;
  engine = strapi.plugin('newsroom').service('import') as unknown as ImportService;
});

afterAll(async () => {
  await app?.stop();
});

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName: string;
}

/**
 * The authors of each row (draft and published) of the article, in the order the database keeps
 * them: read from the join table, sorted by its order column.
 */
const bylineInDatabase = async (slug: string) => {
  const table = (
    strapi.db.metadata.get(ARTICLE).attributes.authors as unknown as { joinTable: JoinTable }
  ).joinTable;
  expect(table.orderColumnName).toEqual(expect.any(String));
  const rows = (await strapi.db.query(ARTICLE).findMany({
    where: { slug },
    select: ['id', 'publishedAt'],
  })) as { id: number; publishedAt: unknown }[];
  const names = async (id: number) => {
    const links = (await strapi.db
      .connection(table.name)
      .select(table.inverseJoinColumn.name)
      .where(table.joinColumn.name, id)
      .orderBy(table.orderColumnName)) as Record<string, number>[];
    const authorIds = links.map((link) => Number(link[table.inverseJoinColumn.name]));
    const authors = (await strapi.db.query('plugin::newsroom.author').findMany({
      where: { id: { $in: authorIds } },
      select: ['id', 'name'],
    })) as { id: number; name: string }[];
    return authorIds.map((id) => authors.find((a) => a.id === id)?.name);
  };
  const draft = rows.find((row) => !row.publishedAt);
  const published = rows.find((row) => row.publishedAt);
  return {
    draft: draft ? await names(draft.id) : null,
    published: published ? await names(published.id) : null,
  };
};

/** The published article's authors as the content API gives them (`populate`). */
const bylineInApi = async (slug: string) => {
  const res = await api<{ data: Article & { authors: { name: string }[] } }>(
    app,
    `/articles/slug/${slug}?populate[authors][fields][0]=name`
  );
  expect(res.status).toBe(200);
  return res.body.data.authors.map((author) => author.name);
};

describe('the byline’s order is kept through the importer', () => {
  // Neither alphabetical (by name or slug), nor the order the authors were created in.
  const FIRST = ['Zoe Zimmer', 'Carl Adams', 'Mona Berg'];
  const SECOND = ['Carl Adams', 'Zoe Zimmer', 'Mona Berg'];
  const SLUG = 'byline-order-matters';
  const article = (authors: string[]) => ({
    name: 'byline.txt',
    content: newsText({ title: 'Byline order matters', category: ['World'], authors }),
  });

  it('on create', async () => {
    // Mona and Carl exist before (created in that order), Zoe is new.
    await engine.apply(
      [
        {
          name: 'other.txt',
          content: newsText({ title: 'Other', authors: ['Mona Berg', 'Carl Adams'] }),
        },
      ],
      { status: 'published' }
    );
    const report = await engine.apply([article(FIRST)], { status: 'published' });
    expect(report.articles[0]).toMatchObject({ action: 'created', slug: SLUG });
    expect(report.articles[0].authors.map((a) => a.name)).toEqual(FIRST);

    expect(await bylineInDatabase(SLUG)).toEqual({ draft: FIRST, published: FIRST });
    expect(await bylineInApi(SLUG)).toEqual(FIRST);
  });

  it('on update, where only the order changed (the content hash sees the order)', async () => {
    const report = await engine.apply([article(SECOND)], { status: 'published' });
    expect(report.articles[0]).toMatchObject({ action: 'updated', slug: SLUG });
    expect(report.totals).toMatchObject({ created: 0, updated: 1 });

    expect(await bylineInDatabase(SLUG)).toEqual({ draft: SECOND, published: SECOND });
    expect(await bylineInApi(SLUG)).toEqual(SECOND);
  });

  it('on update as a draft: the draft gets the new order, the published version keeps its own', async () => {
    await engine.apply([article(FIRST)], { status: 'draft' });
    expect(await bylineInDatabase(SLUG)).toEqual({ draft: FIRST, published: SECOND });
    expect(await bylineInApi(SLUG)).toEqual(SECOND);
  });
});

/**
 * The content hash decides whether an input changed. The byte-identical fast path (the source
 * hash, see server/src/import/unchanged-sources.ts) answers a plain re-import before that
 * comparison runs, so every input here differs in its bytes from the one imported before.
 */
describe('the content-hash comparison, with the source-hash fast path bypassed', () => {
  const body = 'The council met on Monday and agreed the budget for the coming year.';
  const text = (paragraph: string) =>
    newsText({ title: 'Council agrees budget', tags: ['Budget'], paragraphs: [paragraph] });
  const stored = async () =>
    (await strapi.db.query(ARTICLE).findMany({
      where: { slug: 'council-agrees-budget' },
      select: ['id', 'updatedAt', 'sourceHash', 'contentHash'],
      orderBy: { id: 'asc' },
    })) as { id: number; updatedAt: unknown; sourceHash: string; contentHash: string }[];

  it('the same content in other bytes is unchanged, and nothing is written', async () => {
    const first = await engine.apply([{ name: 'council.txt', content: text(body) }], {
      status: 'published',
    });
    expect(first.articles[0].action).toBe('created');
    const before = await stored();

    for (const [label, content] of [
      ['a BOM and trailing blank lines', `\uFEFF${text(body)}\n\n\n`],
      ['CRLF line ends', text(body).replace(/\n/g, '\r\n')],
      ['spaces and tabs at the ends of the lines', text(body).replace(/\n/g, ' \t\n')],
    ]) {
      expect(before.map((row) => row.sourceHash)).not.toContain(sourceHash(content));
      const again = await engine.apply([{ name: 'council.txt', content }], {
        status: 'published',
      });
      expect({ label, action: again.articles[0].action }).toEqual({ label, action: 'unchanged' });
      expect(again.totals).toEqual({
        created: 0,
        updated: 0,
        unchanged: 1,
        conflicts: 0,
        forbidden: 0,
        failed: 0,
      });
      expect(await stored()).toEqual(before);
    }
  });

  it('one changed word in other bytes is an update of the same document', async () => {
    const [{ contentHash: oldHash }] = await stored();
    const report = await engine.apply(
      [{ name: 'council.txt', content: text(body.replace('Monday', 'Tuesday')) }],
      { status: 'published' }
    );
    expect(report.articles[0]).toMatchObject({ action: 'updated' });
    const after = await stored();
    expect(after).toHaveLength(2);
    for (const row of after) expect(row.contentHash).not.toBe(oldHash);
  });

  it('a JSON article with its keys in another order and other spacing is unchanged', async () => {
    const fields = {
      title: 'Harbour reopens',
      tags: ['Transport'],
      authors: ['Ann Writer'],
      body: 'The harbour reopened on Friday after the storm damage was repaired.',
    };
    const first = await engine.apply([{ name: 'harbour.json', content: JSON.stringify(fields) }], {
      status: 'published',
    });
    expect(first.articles[0].action).toBe('created');
    const reordered = Object.fromEntries(Object.entries(fields).reverse());
    const again = await engine.apply(
      [{ name: 'harbour.json', content: JSON.stringify(reordered, null, 4) }],
      { status: 'published' }
    );
    expect(again.articles[0]).toMatchObject({ action: 'unchanged' });
  });
});
