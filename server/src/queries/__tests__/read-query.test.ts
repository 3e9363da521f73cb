import { andFilters, readQuery } from '../read-query';
import { ARTICLE, AUTHOR, models } from './schemas';

const PUBLISHED = { publishedAt: { $notNull: true } };

describe('andFilters', () => {
  it('is the filters alone when there is nothing to add', () => {
    const filters = { title: { $eq: 'a' } };
    expect(andFilters(filters, [])).toBe(filters);
    expect(andFilters(undefined, [])).toBeUndefined();
    expect(andFilters({}, [{}])).toStrictEqual({});
  });

  it('is the one non-empty condition when there is one', () => {
    const extra = { slug: { $eq: 'x' } };
    expect(andFilters(undefined, [extra])).toBe(extra);
    expect(andFilters({}, [extra])).toBe(extra);
    expect(andFilters(null, [extra])).toBe(extra);
    expect(andFilters('junk', [extra])).toBe(extra);
  });

  it('ANDs every non-empty condition, the caller’s first', () => {
    expect(
      andFilters({ title: { $eq: 'a' } }, [{ slug: { $eq: 'x' } }, {}, { id: 1 }])
    ).toStrictEqual({
      $and: [{ title: { $eq: 'a' } }, { slug: { $eq: 'x' } }, { id: 1 }],
    });
  });
});

describe('readQuery', () => {
  it('sets the status and drops the custom params and Strapi 4’s publicationState', () => {
    expect(
      readQuery(
        models,
        ARTICLE,
        {
          category: 'politics',
          tag: 'iran',
          author: 'zed',
          publicationState: 'preview',
          status: 'draft',
          sort: 'slug',
        },
        'published'
      )
    ).toStrictEqual({ status: 'published', sort: 'slug' });
  });

  it('for published reads, limits relation filters (also in populate) to published rows', () => {
    const query = readQuery(
      models,
      AUTHOR,
      {
        filters: { articles: { title: { $eq: 'a' } } },
        populate: { articles: { filters: { authors: { articles: { slug: { $eq: 'b' } } } } } },
      },
      'published'
    );
    expect(query).toStrictEqual({
      status: 'published',
      filters: { articles: { $and: [{ title: { $eq: 'a' } }, PUBLISHED] } },
      populate: {
        articles: {
          filters: { authors: { articles: { $and: [{ slug: { $eq: 'b' } }, PUBLISHED] } } },
        },
      },
    });
  });

  it('for draft reads (callers with draft rights), leaves them as they are', () => {
    const sanitized = {
      filters: { articles: { title: { $eq: 'a' } } },
      populate: { articles: { filters: { slug: { $eq: 'b' } } } },
    };
    expect(readQuery(models, AUTHOR, sanitized, 'draft')).toStrictEqual({
      ...sanitized,
      status: 'draft',
    });
  });

  it('ANDs the server-built filters with the caller’s, and adds no key when there are none', () => {
    expect(
      readQuery(models, ARTICLE, { filters: { title: { $eq: 'a' } } }, 'published', [
        { tagIndex: { $contains: '|iran|' } },
      ])
    ).toStrictEqual({
      status: 'published',
      filters: { $and: [{ title: { $eq: 'a' } }, { tagIndex: { $contains: '|iran|' } }] },
    });
    expect(
      readQuery(models, ARTICLE, {}, 'published', [{ tagIndex: { $contains: '|iran|' } }])
    ).toStrictEqual({ status: 'published', filters: { tagIndex: { $contains: '|iran|' } } });
    expect(readQuery(models, ARTICLE, {}, 'published')).toStrictEqual({ status: 'published' });
    expect(readQuery(models, ARTICLE, {}, 'published')).not.toHaveProperty('filters');
  });

  it('does not change the sanitized query it is given', () => {
    const sanitized = { tag: 'iran', filters: { authors: { slug: { $eq: 'a' } } } };
    readQuery(models, ARTICLE, sanitized, 'published', [{ id: 1 }]);
    expect(sanitized).toStrictEqual({ tag: 'iran', filters: { authors: { slug: { $eq: 'a' } } } });
  });
});
