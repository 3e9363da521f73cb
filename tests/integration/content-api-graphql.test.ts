import {
  graphql,
  seedNewsroom,
  text,
  PUBLISHED_SLUGS,
  type Newsroom,
} from '../helpers/content-api';
import { createApiToken } from '../helpers/requests';
import { startTestApp, type TestApp } from '../helpers/strapi';

let app: TestApp;
let newsroom: Newsroom;

interface GqlArticle {
  slug: string;
  title: string;
  publishedAt: string | null;
  authors: { name: string; slug: string }[];
  category: { slug: string; parent: { slug: string } | null } | null;
}

const ARTICLES = /* GraphQL */ `
  query Articles($status: PublicationStatus, $filters: NewsroomArticleFiltersInput) {
    newsroomArticles(status: $status, filters: $filters, sort: "slug:asc") {
      slug
      title
      publishedAt
      authors {
        name
        slug
      }
      category {
        slug
        parent {
          slug
        }
      }
    }
  }
`;

const slugs = (articles: { slug: string }[] | undefined) => (articles ?? []).map((a) => a.slug);

beforeAll(async () => {
  app = await startTestApp();
  newsroom = await seedNewsroom(app.strapi);
});

afterAll(async () => {
  await app?.stop();
});

describe('GraphQL (POST /graphql)', () => {
  it('queries articles with their authors and category', async () => {
    const res = await graphql<{ newsroomArticles: GqlArticle[] }>(app, ARTICLES, {
      filters: { category: { slug: { eq: 'world' } } },
    });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.newsroomArticles).toEqual([
      {
        slug: 'summit-in-baku',
        title: 'Summit in Baku',
        publishedAt: expect.any(String),
        authors: [
          { name: 'Ayya Lmahamad', slug: 'ayya-lmahamad' },
          { name: 'Zed Zeta', slug: 'zed-zeta' },
        ],
        category: { slug: 'world', parent: { slug: 'politics' } },
      },
    ]);
  });

  it('finds one article, an author and categories with pagination info', async () => {
    const res = await graphql<{
      newsroomArticle: { title: string } | null;
      newsroomAuthor: { name: string; articles: { slug: string }[] } | null;
      newsroomCategories_connection: {
        nodes: { slug: string }[];
        pageInfo: { total: number; pageSize: number };
      };
    }>(
      app,
      `
        query One($article: ID!, $author: ID!) {
          newsroomArticle(documentId: $article) {
            title
          }
          newsroomAuthor(documentId: $author) {
            name
            articles(sort: "slug") {
              slug
            }
          }
          newsroomCategories_connection(pagination: { pageSize: 2 }, sort: "slug") {
            nodes {
              slug
            }
            pageInfo {
              total
              pageSize
            }
          }
        }
      `,
      { article: newsroom.articles.oil, author: newsroom.zed.documentId }
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toEqual({
      newsroomArticle: { title: 'Oil prices climb' },
      newsroomAuthor: {
        name: 'Zed Zeta',
        articles: [
          { slug: 'oil-prices-climb' },
          { slug: 'parliament-votes' },
          { slug: 'summit-in-baku' },
        ],
      },
      newsroomCategories_connection: {
        nodes: [{ slug: 'business' }, { slug: 'elections' }],
        pageInfo: { total: 5, pageSize: 2 },
      },
    });
  });

  it('Public asking for status: DRAFT gets published articles, nested ones included', async () => {
    const list = await graphql<{ newsroomArticles: GqlArticle[] }>(app, ARTICLES, {
      status: 'DRAFT',
    });
    expect(list.body.errors).toBeUndefined();
    expect(slugs(list.body.data?.newsroomArticles)).toEqual(PUBLISHED_SLUGS);
    expect(list.body.data?.newsroomArticles.map((a) => a.title)).not.toContain('Unpublished edit');

    const nested = await graphql<{
      newsroomAuthors: { articles: { title: string }[] }[];
      newsroomCategories: { articles: { title: string }[] }[];
      newsroomArticle: { title: string } | null;
    }>(
      app,
      `
        query ($draft: ID!) {
          newsroomAuthors(status: DRAFT, filters: { slug: { eq: "ayya-lmahamad" } }) {
            articles(sort: "title") {
              title
            }
          }
          newsroomCategories(status: DRAFT, filters: { slug: { eq: "politics" } }) {
            articles(sort: "title") {
              title
            }
          }
          newsroomArticle(documentId: $draft, status: DRAFT) {
            title
          }
        }
      `,
      { draft: newsroom.articles.secretDraft }
    );
    expect(nested.body.errors).toBeUndefined();
    expect(nested.body.data).toEqual({
      newsroomAuthors: [
        {
          articles: [
            { title: 'Edited after publishing' },
            { title: 'Election night' },
            { title: 'Summit in Baku' },
          ],
        },
      ],
      newsroomCategories: [
        { articles: [{ title: 'Edited after publishing' }, { title: 'Parliament votes' }] },
      ],
      newsroomArticle: null,
    });
  });

  it('a relation filter cannot probe draft content', async () => {
    const probe = (title: string, token?: string) =>
      graphql<{
        newsroomAuthors: { slug: string }[];
        newsroomArticles: { authors: { slug: string }[] }[];
      }>(
        app,
        `
          query ($title: String) {
            newsroomAuthors(filters: { articles: { title: { eq: $title } } }, sort: "slug") {
              slug
            }
            newsroomArticles {
              authors(filters: { articles: { title: { eq: $title } } }) {
                slug
              }
            }
          }
        `,
        { title },
        token
      );
    for (const title of ['Secret draft', 'Unpublished edit']) {
      const res = await probe(title);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data?.newsroomAuthors).toEqual([]);
      expect(res.body.data?.newsroomArticles.every((a) => a.authors.length === 0)).toBe(true);
    }
    const published = await probe('Summit in Baku');
    expect(published.body.data?.newsroomAuthors).toEqual([
      { slug: 'ayya-lmahamad' },
      { slug: 'zed-zeta' },
    ]);
    // Callers with draft rights may filter on drafts.
    const full = await createApiToken(app, 'full-access');
    const asEditor = await probe('Secret draft', full);
    expect(asEditor.body.data?.newsroomAuthors).toEqual([{ slug: 'ayya-lmahamad' }]);
    expect(asEditor.body.data?.newsroomArticles.some((a) => a.authors.length > 0)).toBe(true);
  });

  it('read-only tokens get published only; a full-access token may read drafts', async () => {
    const readOnly = await createApiToken(app, 'read-only');
    const asReader = await graphql<{ newsroomArticles: GqlArticle[] }>(
      app,
      ARTICLES,
      { status: 'DRAFT' },
      readOnly
    );
    expect(slugs(asReader.body.data?.newsroomArticles)).toEqual(PUBLISHED_SLUGS);

    const full = await createApiToken(app, 'full-access');
    const asEditor = await graphql<{
      newsroomArticles: GqlArticle[];
      newsroomAuthors: { articles: { title: string }[] }[];
    }>(
      app,
      `
        query {
          newsroomArticles(status: DRAFT, sort: "slug") {
            slug
            title
            publishedAt
          }
          newsroomAuthors(status: DRAFT, filters: { slug: { eq: "ayya-lmahamad" } }) {
            articles(sort: "title") {
              title
            }
          }
        }
      `,
      {},
      full
    );
    expect(asEditor.body.errors).toBeUndefined();
    expect(slugs(asEditor.body.data?.newsroomArticles)).toEqual(
      [...PUBLISHED_SLUGS, 'secret-draft'].sort()
    );
    expect(asEditor.body.data?.newsroomArticles.every((a) => a.publishedAt === null)).toBe(true);
    expect(asEditor.body.data?.newsroomAuthors[0].articles.map((a) => a.title)).toContain(
      'Secret draft'
    );
  });

  it('has no private fields, no mutations and no internal types', async () => {
    for (const field of ['contentHash', 'tagIndex']) {
      const res = await graphql(app, `{ newsroomArticles { ${field} } }`);
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0].message).toMatch(/Cannot query field/);
    }
    const email = await graphql(
      app,
      `
        {
          newsroomAuthors {
            email
          }
        }
      `
    );
    expect(email.body.errors?.[0].message).toMatch(/Cannot query field "email"/);
    const filter = await graphql(
      app,
      `
        {
          newsroomAuthors(filters: { email: { eq: "x" } }) {
            name
          }
        }
      `
    );
    expect(filter.status).toBe(400);

    const schema = await graphql<{
      __schema: {
        queryType: { fields: { name: string }[] };
        mutationType: { fields: { name: string }[] };
      };
    }>(
      app,
      `
        {
          __schema {
            queryType {
              fields {
                name
              }
            }
            mutationType {
              fields {
                name
              }
            }
          }
        }
      `
    );
    const queries = schema.body.data?.__schema.queryType.fields.map((f) => f.name) ?? [];
    const mutations = schema.body.data?.__schema.mutationType.fields.map((f) => f.name) ?? [];
    expect(queries).toEqual(
      expect.arrayContaining([
        'newsroomArticles',
        'newsroomArticle',
        'newsroomAuthors',
        'newsroomCategories',
      ])
    );
    expect(queries.filter((q) => /newsroom/i.test(q) && !/Article|Author|Categor/.test(q))).toEqual(
      []
    );
    expect(mutations.filter((m) => /newsroom/i.test(m))).toEqual([]);

    const everything = await graphql(
      app,
      `
        {
          newsroomArticles {
            slug
            authors {
              name
              bio
              articles {
                slug
              }
            }
            category {
              slug
            }
          }
        }
      `
    );
    expect(text(everything.body)).not.toMatch(/@newsroom\.example|hash-/);
  });
});
