import { parseSource } from '../../../server/src/parsing';

interface Corpus {
  inputs: Array<{ name: string; content: string }>;
  authors: string[];
  categories: { parents: string[]; children: Array<{ name: string; parent: string }> };
  used: { authors: number; categories: number };
  bytes: number;
}
// The bench's own generator (plain JavaScript, run by `npm run bench`).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateCorpus } = require('../../../scripts/bench/corpus.js') as {
  generateCorpus: (n: number, seed?: number) => Corpus;
};

describe('the benchmark corpus (scripts/bench/corpus.js)', () => {
  it('gives the same bytes for the same N', () => {
    const a = generateCorpus(200);
    const b = generateCorpus(200);
    expect(a.inputs).toEqual(b.inputs);
    expect(a.bytes).toBe(b.bytes);
  });

  it('builds a corpus past 20,000 articles (its tag pool of N/10 unique words out of 2,000 once hung there)', () => {
    const corpus = generateCorpus(20010);
    expect(corpus.inputs).toHaveLength(20010);
    expect(new Set(corpus.inputs.map((input) => input.name)).size).toBe(20010);
  });

  it('writes articles the parser reads whole: category path, tags, authors, no warnings', () => {
    const corpus = generateCorpus(100);
    for (const input of corpus.inputs.slice(0, 25)) {
      const [item] = parseSource(input.content, input.name);
      if (!item.ok) throw new Error(`${input.name}: ${item.error.message}`);
      expect(item.draft.categoryPath).toHaveLength(2);
      expect(item.draft.tags.length).toBeGreaterThanOrEqual(2);
      expect(item.draft.authors.length).toBeGreaterThanOrEqual(1);
      expect(item.draft.warnings).toEqual([]);
    }
  });
});
