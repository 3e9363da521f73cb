import {
  articleSource,
  type ArticleReport,
  type ImportTotals,
  type RefusedArticle,
  type UnsentFile,
} from '../../../../shared/contracts';
import {
  addToHistoryRow,
  capHistoryLines,
  HISTORY_ARTICLE_LINES,
  historyRowCounts,
} from '../history-row';

const lines = (n: number) => Array.from({ length: n }, (_, i) => ({ source: `${i}.txt` }));

describe('capHistoryLines', () => {
  it('keeps every line of an import that fits, and says none was left out', () => {
    expect(capHistoryLines(lines(3), 5)).toEqual({ articles: lines(3), articlesOmitted: 0 });
    expect(capHistoryLines(lines(5), 5)).toEqual({ articles: lines(5), articlesOmitted: 0 });
    expect(capHistoryLines([], 5)).toEqual({ articles: [], articlesOmitted: 0 });
  });

  it('keeps the first lines of a larger import, in order, and counts the rest', () => {
    const { articles, articlesOmitted } = capHistoryLines(lines(6), 5);
    expect(articles.map((line) => line.source)).toEqual([
      '0.txt',
      '1.txt',
      '2.txt',
      '3.txt',
      '4.txt',
    ]);
    expect(articlesOmitted).toBe(1);
  });

  it('caps at HISTORY_ARTICLE_LINES by default: 10,000 articles keep 200 lines', () => {
    expect(HISTORY_ARTICLE_LINES).toBe(200);
    const { articles, articlesOmitted } = capHistoryLines(lines(10_000));
    expect(articles).toHaveLength(200);
    expect(articles[199]).toEqual({ source: '199.txt' });
    expect(articlesOmitted).toBe(9800);
  });

  it('leaves the report it was given alone', () => {
    const report = lines(7);
    capHistoryLines(report, 2);
    expect(report).toHaveLength(7);
  });
});

describe('addToHistoryRow (one entry per import batch)', () => {
  const line = (source: string, action: ArticleReport['action'] = 'created'): ArticleReport => ({
    ...articleSource(source),
    action,
    slug: source,
    documentId: `doc-${source}`,
    title: source,
    warnings: [],
    error: null,
    authors: [],
    category: [],
  });
  const part = (lines: ArticleReport[], totals: Partial<ImportTotals> = {}) => ({
    totals: {
      created: 0,
      updated: 0,
      unchanged: 0,
      conflicts: 0,
      forbidden: 0,
      failed: 0,
      ...totals,
    },
    authors: { created: 1, reused: 0 },
    categories: { created: 0, reused: 2 },
    articles: lines.map((l) => ({ ...l, draft: { title: 'x' } as never })),
    durationMs: 100,
  });
  const refused: RefusedArticle = {
    file: 'bad.md',
    index: null,
    title: null,
    error: { message: 'No title', line: 1, code: 'NO_TITLE' },
  };

  it('a first request: its lines (refused first, as failed, marked), counts and the filter columns', () => {
    const row = addToHistoryRow(null, part([line('a.txt')], { created: 1 }), [refused]);
    expect(row.articles.map((l) => [l.source, l.action, l.refused ?? false])).toEqual([
      ['bad.md', 'failed', true],
      ['a.txt', 'created', false],
    ]);
    expect(row.articles[0].error).toEqual(refused.error);
    expect(row.articles[1]).not.toHaveProperty('draft');
    expect(row.totals).toEqual({
      created: 1,
      updated: 0,
      unchanged: 0,
      conflicts: 0,
      forbidden: 0,
      failed: 1,
    });
    expect(row).toMatchObject({
      writtenCount: 1,
      failedCount: 1,
      conflictCount: 0,
      forbiddenCount: 0,
    });
  });

  it('a later request adds its lines and sums every count', () => {
    const first = addToHistoryRow(null, part([line('a.txt')], { created: 1 }), [refused]);
    const second = addToHistoryRow(
      first,
      part([line('b.txt', 'unchanged'), line('c.txt', 'conflict')], { unchanged: 1, conflicts: 1 })
    );
    expect(second.articles.map((l) => l.source)).toEqual(['bad.md', 'a.txt', 'b.txt', 'c.txt']);
    expect(second.totals).toEqual({
      created: 1,
      updated: 0,
      unchanged: 1,
      conflicts: 1,
      forbidden: 0,
      failed: 1,
    });
    expect(second.authorTotals).toEqual({ created: 2, reused: 0 });
    expect(second.categoryTotals).toEqual({ created: 0, reused: 4 });
    expect(second.durationMs).toBe(200);
    expect(second).toMatchObject({ writtenCount: 1, failedCount: 1, conflictCount: 1 });
  });

  it('keeps at most `max` lines across the requests of a batch and counts the rest', () => {
    const first = addToHistoryRow(
      null,
      part([line('a'), line('b'), line('c')], { created: 3 }),
      [],
      4
    );
    const second = addToHistoryRow(
      first,
      part([line('d'), line('e'), line('f')], { created: 3 }),
      [],
      4
    );
    expect(second.articles.map((l) => l.source)).toEqual(['a', 'b', 'c', 'd']);
    expect(second.articlesOmitted).toBe(2);
    const third = addToHistoryRow(second, part([line('g')], { created: 1 }), [], 4);
    expect(third.articles).toHaveLength(4);
    expect(third.articlesOmitted).toBe(3);
    expect(third.totals.created).toBe(7);
  });

  it('counts the lines a capped report already left out (a large `newsroom seed`)', () => {
    const capped = { ...part([line('a'), line('b')], { created: 1500 }), articlesOmitted: 1498 };
    const row = addToHistoryRow(null, capped, [], 1);
    expect(row.articles.map((l) => l.source)).toEqual(['a']);
    // 1 line kept of 1,500 articles: 1 left out here, 1,498 by the report.
    expect(row.articlesOmitted).toBe(1499);
    expect(row.articles.length + row.articlesOmitted).toBe(row.totals.created);
  });

  it('reads a legacy row without conflicts and forbidden counts', () => {
    const legacy = { created: 2, updated: 0, unchanged: 0, failed: 1 };
    expect(historyRowCounts(legacy)).toEqual({
      writtenCount: 2,
      failedCount: 1,
      conflictCount: 0,
      forbiddenCount: 0,
    });
  });

  describe('files whose request failed or was not sent (unsent)', () => {
    const unsent = (
      file: string,
      reason: UnsentFile['reason'],
      status: number | null = null
    ): UnsentFile => ({ file, bytes: 1234, reason, status });

    it('lists them as failed, or unknown when the request got no answer, with their reason', () => {
      const row = addToHistoryRow(
        addToHistoryRow(null, part([line('a.txt')], { created: 1 })),
        part([]),
        [],
        undefined,
        [
          unsent('b.txt', 'request-failed', 500),
          unsent('c.txt', 'cancelled'),
          unsent('d.txt', 'timeout', 504),
          unsent('e.txt', 'network'),
        ]
      );
      expect(row.articles.map((l) => [l.source, l.action, l.unsent?.reason ?? null])).toEqual([
        ['a.txt', 'created', null],
        ['b.txt', 'failed', 'request-failed'],
        ['c.txt', 'failed', 'cancelled'],
        ['d.txt', 'unknown', 'timeout'],
        ['e.txt', 'unknown', 'network'],
      ]);
      expect(row.articles[1].unsent).toEqual({
        bytes: 1234,
        reason: 'request-failed',
        status: 500,
      });
      expect(row.totals).toMatchObject({ created: 1, failed: 2, unknown: 2 });
      // Listed, and found by the "failed" filter: someone has to check those articles.
      expect(row).toMatchObject({ writtenCount: 1, failedCount: 4 });
    });

    it('keeps the server outcome of a file over a later record of it as unsent', () => {
      const first = addToHistoryRow(null, part([line('a.txt')], { created: 1 }));
      const row = addToHistoryRow(first, part([]), [], undefined, [
        unsent('a.txt', 'timeout', 504),
        unsent('b.txt', 'timeout', 504),
      ]);
      expect(row.articles.map((l) => [l.source, l.action])).toEqual([
        ['a.txt', 'created'],
        ['b.txt', 'unknown'],
      ]);
      expect(row.totals).toMatchObject({ created: 1, failed: 0, unknown: 1 });
    });

    it('replaces an unsent line when the server outcome of its file arrives later', () => {
      const first = addToHistoryRow(null, part([]), [], undefined, [
        unsent('a.txt', 'timeout', 504),
        unsent('b.txt', 'request-failed', 502),
      ]);
      expect(first.totals).toMatchObject({ failed: 1, unknown: 1 });
      const row = addToHistoryRow(first, part([line('a.txt')], { created: 1 }));
      expect(row.articles.map((l) => [l.source, l.action])).toEqual([
        ['b.txt', 'failed'],
        ['a.txt', 'created'],
      ]);
      expect(row.totals).toEqual({
        created: 1,
        updated: 0,
        unchanged: 0,
        conflicts: 0,
        forbidden: 0,
        failed: 1,
      });
      expect(row).toMatchObject({ writtenCount: 1, failedCount: 1 });
    });
  });
});
