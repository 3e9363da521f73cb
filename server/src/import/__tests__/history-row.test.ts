import { capHistoryLines, HISTORY_ARTICLE_LINES } from '../history-row';

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
