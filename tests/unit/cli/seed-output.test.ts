import type { ArticleReport } from '../../../shared/contracts';
import { conflictCounter, conflictWarnings } from '../../../server/src/cli/seed-output';

const line = (fields: Partial<ArticleReport>): ArticleReport =>
  ({ source: 'a.md', action: 'conflict', error: null, ...fields }) as ArticleReport;

describe('newsroom seed: the conflict warnings', () => {
  it('counts conflicts by kind from the article lines', () => {
    const counter = conflictCounter();
    counter.article(line({ changes: [] } as Partial<ArticleReport>));
    counter.article(
      line({
        error: { code: 'TRANSLATION_TAKEN', message: 'taken', line: null },
      } as Partial<ArticleReport>)
    );
    counter.article(line({ action: 'created' }));
    counter.article(
      line({
        action: 'failed',
        error: { code: 'INVALID_ARTICLE', message: 'x', line: 1 },
      } as Partial<ArticleReport>)
    );
    expect(counter.counts).toEqual({ edited: 1, translationsTaken: 1 });
  });

  it('gives each kind its own advice, and none when there is no conflict', () => {
    expect(conflictWarnings({ edited: 0, translationsTaken: 0 }, false)).toEqual([]);
    const [edited, taken] = conflictWarnings({ edited: 2, translationsTaken: 3 }, false);
    expect(edited).toMatch(
      /2 articles were edited .* were left as the editors left them\. Run again with --overwrite-edited/
    );
    expect(taken).toMatch(/3 translations were not imported: the story already has their locales/);
    expect(taken).not.toMatch(/--overwrite-edited/);
    expect(taken).toMatch(/delete that version in the Content Manager first/);
    expect(taken).toMatch(/--fail-on-conflict makes this an error/);
  });

  it('says "would" on a dry run', () => {
    const [edited, taken] = conflictWarnings({ edited: 1, translationsTaken: 1 }, true);
    expect(edited).toMatch(/1 article was edited .* its last import and would be left/);
    expect(taken).toMatch(/1 translation would not be imported: the story already has its locale/);
  });
});
