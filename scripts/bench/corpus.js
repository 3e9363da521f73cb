'use strict';
/**
 * The benchmark's corpus: N articles in the news-text format, generated from a seeded PRNG
 * (mulberry32), so that the same N always gives the same bytes. About N/20 authors and N/50
 * categories (N/250 parents, the rest their children); every article sits in a child category.
 *
 *   Home / <Category> / <Sub-category> / <Title>
 *
 *   <Title>
 *
 *   <Tag>, <Tag>, <Tag>
 *
 *   <4–8 paragraphs>
 *
 *   By <A>            or   By <A> and <B>
 */

const SEED = 0x6e657773; // "news"

/** mulberry32: a small, fast, seeded 32-bit PRNG. Returns floats in [0, 1). */
const mulberry32 = (seed) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const ONSETS = ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z'];
const ONSETS2 = ['br', 'ch', 'dr', 'gr', 'kh', 'sh', 'st', 'tr', 'pl'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'm', 'v', 'k'];
const SURNAME_ENDINGS = ['ov', 'ova', 'ev', 'li', 'zade', 'yan', 'son', 'er', 'ini', 'ski'];

const capitalise = (word) => word.charAt(0).toUpperCase() + word.slice(1);

const createGenerator = (seed) => {
  const random = mulberry32(seed);
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];

  const syllable = () =>
    (random() < 0.2 ? pick(ONSETS2) : pick(ONSETS)) + pick(VOWELS) + pick(CODAS);
  const word = (min = 1, max = 3) => {
    let out = '';
    for (let i = int(min, max); i > 0; i -= 1) out += syllable();
    return out;
  };

  /** A vocabulary of pronounceable lower-case words, unique. */
  const vocabulary = (size) => {
    const seen = new Set();
    while (seen.size < size) seen.add(word(1, 3));
    return [...seen];
  };

  /** `count` values from `make`, unique by lower case. */
  const unique = (count, make) => {
    const seen = new Set();
    const out = [];
    while (out.length < count) {
      const value = make();
      const key = value.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(value);
    }
    return out;
  };

  return { random, int, pick, word, vocabulary, unique };
};

const sizes = (n) => {
  const authors = Math.max(2, Math.round(n / 20));
  const parents = Math.max(1, Math.round(n / 250));
  const children = Math.max(1, Math.round(n / 50) - parents);
  return { authors, parents, children };
};

/**
 * Builds the corpus for `n` articles.
 * @returns {{ inputs: { name: string, content: string }[], authors: string[],
 *   categories: { parents: string[], children: { name: string, parent: string }[] },
 *   used: { authors: number, categories: number }, bytes: number }}
 */
const generateCorpus = (n, seed = SEED) => {
  const g = createGenerator(seed);
  const size = sizes(n);
  const words = g.vocabulary(2000);

  const authors = g.unique(size.authors, () => {
    const first = capitalise(g.word(2, 3));
    const last = capitalise(g.word(1, 2) + g.pick(SURNAME_ENDINGS));
    return `${first} ${last}`;
  });
  const categoryNames = g.unique(size.parents + size.children, () =>
    g.random() < 0.3
      ? `${capitalise(g.word(2, 3))} ${capitalise(g.word(1, 2))}`
      : capitalise(g.word(2, 4))
  );
  const parents = categoryNames.slice(0, size.parents);
  const children = categoryNames
    .slice(size.parents)
    .map((name, i) => ({ name, parent: parents[i % parents.length] }));
  // One-word tags drawn from the vocabulary: the pool stops at 1,500 so that it can be filled
  // (at N ≥ 20,000 a pool of N/10 unique words out of 2,000 never was: the generator hung).
  const tagPool = g.unique(Math.max(10, Math.min(1500, Math.round(n / 10))), () =>
    capitalise(g.pick(words))
  );

  const sentence = () => {
    const count = g.int(8, 22);
    const parts = [];
    for (let i = 0; i < count; i += 1) parts.push(g.pick(words));
    if (count > 12 && g.random() < 0.4) parts[g.int(3, count - 4)] += ',';
    return `${capitalise(parts.join(' '))}.`;
  };
  const paragraph = () => {
    const out = [];
    for (let i = g.int(3, 6); i > 0; i -= 1) out.push(sentence());
    return out.join(' ');
  };

  const titles = g.unique(n, () => {
    const parts = [];
    for (let i = g.int(4, 9); i > 0; i -= 1) parts.push(g.pick(words));
    return capitalise(parts.join(' '));
  });

  const width = String(n).length;
  const usedAuthors = new Set();
  const usedCategories = new Set();
  const inputs = titles.map((title, i) => {
    const category = g.pick(children);
    const tags = g.unique(g.int(2, 4), () => g.pick(tagPool));
    const byline = g.random() < 0.7 ? [g.pick(authors)] : g.unique(2, () => g.pick(authors));
    for (const name of byline) usedAuthors.add(name);
    usedCategories.add(category.parent).add(category.name);
    const paragraphs = [];
    for (let p = g.int(4, 8); p > 0; p -= 1) paragraphs.push(paragraph());
    const content = [
      ['Home', category.parent, category.name, title].join(' / '),
      title,
      tags.join(', '),
      ...paragraphs,
      `By ${byline.join(' and ')}`,
    ].join('\n\n');
    const input = {
      name: `article-${String(i + 1).padStart(width, '0')}.txt`,
      content: `${content}\n`,
    };
    // The one-changed run: the first article with one more paragraph.
    if (i === 0) {
      input.changed = `${content}\n\nOne more paragraph, added for the one-changed run.\n`;
    }
    return input;
  });

  return {
    inputs,
    authors,
    categories: { parents, children },
    /** How many distinct authors and categories the articles actually use. */
    used: { authors: usedAuthors.size, categories: usedCategories.size },
    /** How many articles have a `changed` version. */
    changedCount: 1,
    /** The database must hold exactly `used` authors and categories. */
    exactCounts: true,
    bytes: inputs.reduce((sum, input) => sum + Buffer.byteLength(input.content), 0),
  };
};

/** The corpus of `--corpus plain|realistic`. */
const corpusFor = (mode, n, seed = SEED) => {
  if (mode === 'realistic') return require('./realistic').generateRealisticCorpus(n, seed);
  return generateCorpus(n, seed);
};

module.exports = { generateCorpus, corpusFor, createGenerator, mulberry32, sizes, SEED };
