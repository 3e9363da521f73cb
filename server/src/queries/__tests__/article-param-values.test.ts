import { ARTICLE_PARAMS, MAX_PARAM_LENGTH, readArticleParams } from '../article-param-values';

describe('readArticleParams', () => {
  it('knows category, tag and author', () => {
    expect(ARTICLE_PARAMS).toEqual(['category', 'tag', 'author']);
    expect(MAX_PARAM_LENGTH).toBe(200);
  });

  it('gives the params that are there, trimmed, and ignores every other key', () => {
    expect(readArticleParams({})).toEqual({ ok: true, values: {} });
    expect(
      readArticleParams({ category: ' politics ', tag: 'Iran', author: 'zed-zeta', sort: 'x' })
    ).toEqual({ ok: true, values: { category: 'politics', tag: 'Iran', author: 'zed-zeta' } });
    expect(readArticleParams({ tag: 'a'.repeat(MAX_PARAM_LENGTH) })).toEqual({
      ok: true,
      values: { tag: 'a'.repeat(MAX_PARAM_LENGTH) },
    });
    expect(readArticleParams({ author: `  ${'a'.repeat(MAX_PARAM_LENGTH)}  ` })).toEqual({
      ok: true,
      values: { author: 'a'.repeat(MAX_PARAM_LENGTH) },
    });
  });

  it.each([
    ['tag', ['a', 'b'], '"tag" must be a single value, e.g. ?tag=politics'],
    ['category', { $eq: 'x' }, '"category" must be a single value, e.g. ?category=politics'],
    ['author', 3, '"author" must be a single value, e.g. ?author=politics'],
    ['tag', '', '"tag" must be between 1 and 200 characters'],
    ['author', '   ', '"author" must be between 1 and 200 characters'],
    ['category', 'a'.repeat(201), '"category" must be between 1 and 200 characters'],
  ])('%s = %p is refused with what is wrong', (param, value, message) => {
    expect(readArticleParams({ [param]: value })).toEqual({ ok: false, param, message });
  });

  it('names the first bad param, in the order category, tag, author', () => {
    expect(readArticleParams({ author: '', tag: '', category: 'ok' })).toMatchObject({
      ok: false,
      param: 'tag',
    });
  });
});
