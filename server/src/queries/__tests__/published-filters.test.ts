import {
  GRAPHQL_SYNTAX,
  REST_SYNTAX,
  publishedOnlyFilters,
  publishedOnlyPopulate,
  relationTarget,
} from '../published-filters';
import { ARTICLE, AUTHOR, CATEGORY, models } from './schemas';

const PUBLISHED = { publishedAt: { $notNull: true } };

describe('relationTarget', () => {
  it('is the target of a relation attribute, null for anything else', () => {
    expect(relationTarget(models, ARTICLE, 'authors')).toBe(AUTHOR);
    expect(relationTarget(models, ARTICLE, 'category')).toBe(CATEGORY);
    expect(relationTarget(models, AUTHOR, 'articles')).toBe(ARTICLE);
    expect(relationTarget(models, ARTICLE, 'title')).toBeNull();
    expect(relationTarget(models, ARTICLE, 'cover')).toBeNull(); // media, not a relation
    expect(relationTarget(models, ARTICLE, 'nope')).toBeNull();
    expect(relationTarget(models, 'plugin::newsroom.nope', 'authors')).toBeNull();
  });
});

describe('publishedOnlyFilters (REST)', () => {
  it('limits a relation filter that reaches a draft & publish type to published rows', () => {
    expect(
      publishedOnlyFilters(models, AUTHOR, { articles: { title: { $eq: 'Secret' } } })
    ).toStrictEqual({ articles: { $and: [{ title: { $eq: 'Secret' } }, PUBLISHED] } });
  });

  it('leaves filters on the type’s own fields and on types without drafts as they are', () => {
    const own = { title: { $eq: 'A' }, tags: { $contains: 'x' } };
    expect(publishedOnlyFilters(models, ARTICLE, own)).toStrictEqual(own);
    const toAuthors = { authors: { slug: { $eq: 'zed' } }, category: { slug: { $eq: 'world' } } };
    expect(publishedOnlyFilters(models, ARTICLE, toAuthors)).toStrictEqual(toAuthors);
  });

  it('goes through relations at any depth, and through $and / $or / $not', () => {
    const filters = {
      $or: [
        { articles: { authors: { articles: { slug: { $eq: 'a' } } } } },
        { $not: { articles: { title: { $eq: 'b' } } } },
      ],
      $and: [{ name: { $eq: 'c' } }],
    };
    expect(publishedOnlyFilters(models, AUTHOR, filters)).toStrictEqual({
      $or: [
        {
          articles: {
            $and: [
              { authors: { articles: { $and: [{ slug: { $eq: 'a' } }, PUBLISHED] } } },
              PUBLISHED,
            ],
          },
        },
        { $not: { articles: { $and: [{ title: { $eq: 'b' } }, PUBLISHED] } } },
      ],
      $and: [{ name: { $eq: 'c' } }],
    });
  });

  it('a relation operator ($null, $notNull…) tests the relation itself and is kept', () => {
    for (const filters of [
      { articles: { $null: true } },
      { articles: { $notNull: true } },
      { articles: { $null: true, title: { $eq: 'x' } } },
    ]) {
      expect(publishedOnlyFilters(models, AUTHOR, filters)).toStrictEqual(filters);
    }
  });

  it('keeps what is not an object as it is', () => {
    for (const value of [undefined, null, 'text', 3]) {
      expect(publishedOnlyFilters(models, AUTHOR, value)).toBe(value);
    }
    expect(publishedOnlyFilters(models, AUTHOR, { articles: 'x' })).toStrictEqual({
      articles: 'x',
    });
    expect(publishedOnlyFilters(models, AUTHOR, { articles: ['x'] })).toStrictEqual({
      articles: ['x'],
    });
    expect(
      publishedOnlyFilters(models, AUTHOR, [{ articles: { slug: { $eq: 'a' } } }, 'x'])
    ).toStrictEqual([{ articles: { $and: [{ slug: { $eq: 'a' } }, PUBLISHED] } }, 'x']);
  });

  it('uses the REST syntax by default', () => {
    expect(REST_SYNTAX.published).toStrictEqual(PUBLISHED);
    expect(REST_SYNTAX.isRelationOperator('$null')).toBe(true);
    expect(REST_SYNTAX.isRelationOperator('$and')).toBe(false);
    expect(REST_SYNTAX.isRelationOperator('$or')).toBe(false);
    expect(REST_SYNTAX.isRelationOperator('$not')).toBe(false);
    expect(REST_SYNTAX.isRelationOperator('title')).toBe(false);
  });
});

describe('publishedOnlyFilters (GraphQL syntax)', () => {
  it('spells the condition and the logical operators the GraphQL way', () => {
    const filters = {
      or: [{ articles: { title: { eq: 'a' } } }, { not: { articles: { slug: { eq: 'b' } } } }],
      and: [{ articles: { slug: { eq: 'c' } } }],
    };
    expect(publishedOnlyFilters(models, CATEGORY, filters, GRAPHQL_SYNTAX)).toStrictEqual({
      or: [
        { articles: { and: [{ title: { eq: 'a' } }, { publishedAt: { notNull: true } }] } },
        { not: { articles: { and: [{ slug: { eq: 'b' } }, { publishedAt: { notNull: true } }] } } },
      ],
      and: [{ articles: { and: [{ slug: { eq: 'c' } }, { publishedAt: { notNull: true } }] } }],
    });
  });

  it('has no relation operators: `$null` is just a key there', () => {
    expect(GRAPHQL_SYNTAX.isRelationOperator('$null')).toBe(false);
    expect(
      publishedOnlyFilters(models, AUTHOR, { articles: { $null: true } }, GRAPHQL_SYNTAX)
    ).toStrictEqual({ articles: { and: [{ $null: true }, { publishedAt: { notNull: true } }] } });
  });
});

describe('publishedOnlyPopulate', () => {
  it('limits the relation filters of populated relations, at any depth', () => {
    // A populated relation already follows the read's status; its filters on the related rows'
    // own fields stay as they are, and relations reached from there are limited.
    const populate = {
      articles: {
        fields: ['title'],
        filters: { title: { $eq: 'a' }, authors: { articles: { slug: { $eq: 'c' } } } },
        populate: {
          authors: {
            populate: { articles: { filters: { category: { articles: { slug: { $eq: 'b' } } } } } },
          },
          category: true,
        },
      },
    };
    expect(publishedOnlyPopulate(models, AUTHOR, populate)).toStrictEqual({
      articles: {
        fields: ['title'],
        filters: {
          title: { $eq: 'a' },
          authors: { articles: { $and: [{ slug: { $eq: 'c' } }, PUBLISHED] } },
        },
        populate: {
          authors: {
            populate: {
              articles: {
                filters: { category: { articles: { $and: [{ slug: { $eq: 'b' } }, PUBLISHED] } } },
              },
            },
          },
          category: true,
        },
      },
    });
  });

  it('relation filters inside populate filters are limited too', () => {
    expect(
      publishedOnlyPopulate(models, ARTICLE, {
        authors: { filters: { articles: { title: { $eq: 'x' } } } },
      })
    ).toStrictEqual({
      authors: { filters: { articles: { $and: [{ title: { $eq: 'x' } }, PUBLISHED] } } },
    });
  });

  it('keeps `*`, lists, `true` and non-relation keys as they are, and does not change its input', () => {
    for (const value of ['*', ['authors', 'category'], undefined, null]) {
      expect(publishedOnlyPopulate(models, ARTICLE, value)).toStrictEqual(value);
    }
    const populate = { authors: true, cover: { fields: ['url'] }, category: { fields: ['slug'] } };
    const copy = JSON.parse(JSON.stringify(populate));
    const result = publishedOnlyPopulate(models, ARTICLE, populate);
    expect(result).toStrictEqual(copy);
    expect(populate).toStrictEqual(copy);
    const withFilters = { articles: { filters: { authors: { slug: { $eq: 'a' } } } } };
    publishedOnlyPopulate(models, CATEGORY, withFilters);
    expect(withFilters).toStrictEqual({
      articles: { filters: { authors: { slug: { $eq: 'a' } } } },
    });
  });
});
