import { errors } from '@strapi/utils';

import { createCandidateReader } from '../candidates';
import { ArticleFailure, describeFailure } from '../errors';

/** The engine's errors carry their values as params beside the English message. */
describe('engine errors with params', () => {
  it('a database refusal, a busy database, another failure: the detail as params', () => {
    const refused = describeFailure(
      new ArticleFailure(0, new errors.ValidationError('title must be unique'))
    );
    expect(refused).toEqual({
      message:
        'Strapi refused the article: title must be unique. Fix the source and import it again.',
      line: null,
      code: 'INVALID_ARTICLE',
      params: { detail: 'title must be unique' },
    });
    const busy = describeFailure(
      Object.assign(new Error('SQLITE_BUSY: database is locked'), { code: 'SQLITE_BUSY' })
    );
    expect(busy).toMatchObject({
      code: 'DATABASE_BUSY',
      params: { detail: 'SQLITE_BUSY: database is locked' },
    });
    expect(busy.message).toContain('(SQLITE_BUSY: database is locked)');
    const failed = describeFailure(
      new Error('insert into "articles" ("title") values ($1) - value too long')
    );
    expect(failed).toMatchObject({ code: 'WRITE_FAILED', params: { detail: 'value too long' } });
    expect(failed.message).toMatch(/^A database error stopped this article: value too long\./);
  });

  it('two articles with one sourceId: the first one, the kind of key and the key', async () => {
    const reader = createCandidateReader(
      { maxImportBytes: 1_000_000, wordsPerMinute: 200 },
      { codes: ['en'], defaultLocale: 'en', fallback: 'en' }
    );
    const article = (title: string) => ({ title, body: 'Text.', sourceId: 'wire-7' });
    const { candidates, invalid } = await reader.read([
      { name: 'wire.json', content: JSON.stringify([article('One'), article('Two')]) },
    ]);
    expect(candidates).toHaveLength(1);
    expect(invalid).toHaveLength(1);
    expect(invalid[0].error).toEqual({
      message:
        'Another article in this import, wire.json#1, has the same source id "wire-7": one source is one article. Give each its own "sourceId".',
      line: null,
      code: 'DUPLICATE_SOURCE',
      params: { other: 'wire.json#1', kind: 'id', key: 'wire-7' },
    });
  });

  it('a parse error keeps its params on the way into the report', async () => {
    const reader = createCandidateReader(
      { maxImportBytes: 1_000_000, wordsPerMinute: 200 },
      { codes: ['en'], defaultLocale: 'en', fallback: 'en' }
    );
    const { invalid } = await reader.read([{ name: 'empty.txt', content: '   ' }]);
    expect(invalid[0].error).toMatchObject({ code: 'EMPTY_INPUT', params: {} });
  });
});
