import { parseSource } from '../../../server/src/parsing';

interface Corpus {
  inputs: Array<{ name: string; content: string }>;
  authors: string[];
  categories: { parents: string[]; children: Array<{ name: string; parent: string }> };
  used: { authors: number; categories: number };
  bytes: number;
}
interface RealisticCorpus extends Omit<Corpus, 'inputs' | 'categories'> {
  inputs: Array<{ name: string; content: string; changed?: string }>;
  changedCount: number;
  exactCounts: boolean;
}
// The bench's own generators (plain JavaScript, run by `npm run bench`).
/* eslint-disable @typescript-eslint/no-require-imports */
const { generateCorpus } = require('../../../scripts/bench/corpus.js') as {
  generateCorpus: (n: number, seed?: number) => Corpus;
};
const { generateRealisticCorpus } = require('../../../scripts/bench/realistic.js') as {
  generateRealisticCorpus: (n: number, seed?: number) => RealisticCorpus;
};
/* eslint-enable @typescript-eslint/no-require-imports */

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

  describe('--corpus realistic', () => {
    const corpus = generateRealisticCorpus(400);
    const parsed = corpus.inputs.map((input) => {
      const [item] = parseSource(input.content, input.name);
      if (!item.ok) throw new Error(`${input.name}: ${item.error.message}`);
      return { input, draft: item.draft };
    });

    it('is deterministic', () => {
      expect(generateRealisticCorpus(50).inputs).toEqual(generateRealisticCorpus(50).inputs);
    });

    it('mixes the three formats and three scripts, and every file reads whole', () => {
      const extensions = new Set(corpus.inputs.map((input) => input.name.split('.').pop()));
      expect([...extensions].sort()).toEqual(['json', 'md', 'txt']);
      const text = corpus.inputs.map((input) => input.content).join('');
      expect(text).toMatch(/[əşğıöüç]/u);
      expect(text).toMatch(/\p{Script=Cyrillic}/u);
      for (const { draft } of parsed) {
        expect(draft.categoryPath).toHaveLength(2);
        expect(draft.tags.length).toBeGreaterThanOrEqual(2);
        expect(draft.authors.length).toBeGreaterThanOrEqual(1);
        expect(draft.body.length).toBeGreaterThanOrEqual(4);
        expect(draft.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      }
    });

    it('repeats some titles, keeps a fixed category tree and changes every 10th article', () => {
      const titles = parsed.map(({ draft }) => draft.title);
      const repeats = titles.length - new Set(titles).size;
      expect(repeats).toBeGreaterThanOrEqual(5);
      expect(repeats).toBeLessThanOrEqual(40);
      expect(corpus.used.categories).toBeLessThanOrEqual(48);
      expect(corpus.changedCount).toBe(40);
      const changed = corpus.inputs.filter((input) => input.changed !== undefined);
      expect(changed).toHaveLength(40);
      for (const input of changed.slice(0, 10)) {
        const [item] = parseSource(input.changed ?? '', input.name);
        if (!item.ok) throw new Error(`${input.name} (changed): ${item.error.message}`);
        const before = parsed.find((p) => p.input === input)?.draft;
        expect(item.draft.title).toBe(before?.title);
        expect(item.draft.body.length).toBe((before?.body.length ?? 0) + 1);
      }
    });
  });
});
