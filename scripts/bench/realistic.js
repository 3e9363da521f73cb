'use strict';
/**
 * The benchmark's realistic corpus (`npm run bench -- --corpus realistic`): N articles from a
 * seeded PRNG like the plain one (scripts/bench/corpus.js), but closer to a real newsroom's:
 *
 * - all three formats: 60 % news text (.txt), 25 % Markdown with front matter (.md), 15 % JSON;
 * - UTF-8 text in three languages: 60 % English, 25 % Azerbaijani (ə ş ğ ı ö ü ç), 15 % Russian
 *   (Cyrillic), names included (Məmmədova, Иванова), so slugs are transliterated;
 * - ~5 % of titles are the title of an earlier article (another story): slugs collide and are
 *   numbered;
 * - a fixed category tree (8 sections × 5 sub-sections) whatever N, and about N/20 authors;
 * - a `changed` version of every 10th article (one more paragraph): the re-import of the
 *   changed variant updates 10 %.
 */
const { createGenerator, SEED } = require('./corpus');

const LANGUAGES = {
  en: {
    onsets: ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w'],
    vowels: ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o'],
    codas: ['', '', '', 'n', 'r', 'l', 's', 'm', 'st', 'nd'],
    surnames: ['son', 'er', 'ley', 'ton', 'man', 'ford'],
  },
  az: {
    onsets: [
      'b',
      'c',
      'ç',
      'd',
      'f',
      'g',
      'ğ',
      'h',
      'x',
      'k',
      'q',
      'l',
      'm',
      'n',
      'r',
      's',
      'ş',
      't',
      'v',
      'y',
      'z',
    ],
    vowels: ['a', 'ə', 'e', 'ı', 'i', 'o', 'ö', 'u', 'ü', 'ə', 'a'],
    codas: ['', '', 'n', 'r', 'l', 'm', 'z', 'ş', 'q'],
    surnames: ['ov', 'ova', 'li', 'zadə', 'bəyli', 'ova'],
  },
  ru: {
    onsets: [
      'б',
      'в',
      'г',
      'д',
      'ж',
      'з',
      'к',
      'л',
      'м',
      'н',
      'п',
      'р',
      'с',
      'т',
      'ф',
      'х',
      'ц',
      'ч',
      'ш',
    ],
    vowels: ['а', 'е', 'и', 'о', 'у', 'ы', 'я', 'ю', 'а', 'о'],
    codas: ['', '', 'н', 'р', 'л', 'м', 'с', 'в', 'й'],
    surnames: ['ов', 'ова', 'ев', 'ева', 'ин', 'ина', 'ский'],
  },
};

const SECTIONS = [
  ['Politics', ['Azerbaijan', 'Region', 'World', 'Elections', 'Diplomacy']],
  ['Business', ['Energy', 'Markets', 'Banking', 'Transport', 'Agriculture']],
  ['Society', ['Education', 'Health', 'Culture', 'Religion', 'Migration']],
  ['Sport', ['Football', 'Chess', 'Wrestling', 'Athletics', 'Olympics']],
  ['Technology', ['Internet', 'Space', 'Telecom', 'Startups', 'Science']],
  ['Opinion', ['Columns', 'Interviews', 'Analysis', 'Letters', 'Editorials']],
  ['Travel', ['Baku', 'Regions', 'Caucasus', 'Food', 'Heritage']],
  ['Environment', ['Climate', 'Caspian', 'Wildlife', 'Water', 'Forests']],
];

const capitalise = (word) => word.charAt(0).toUpperCase() + word.slice(1);

const pickWeighted = (random, entries) => {
  let roll = random();
  for (const [value, weight] of entries) {
    if (roll < weight) return value;
    roll -= weight;
  }
  return entries[entries.length - 1][0];
};

const generateRealisticCorpus = (n, seed = SEED) => {
  const g = createGenerator(seed);
  const word = (lang, min = 1, max = 3) => {
    const l = LANGUAGES[lang];
    let out = '';
    for (let i = g.int(min, max); i > 0; i -= 1)
      out += g.pick(l.onsets) + g.pick(l.vowels) + g.pick(l.codas);
    return out;
  };
  const vocabulary = Object.fromEntries(
    Object.keys(LANGUAGES).map((lang) => {
      const seen = new Set();
      while (seen.size < 1500) seen.add(word(lang));
      return [lang, [...seen]];
    })
  );
  const languageOf = () =>
    pickWeighted(g.random, [
      ['en', 0.6],
      ['az', 0.25],
      ['ru', 0.15],
    ]);

  const authors = g.unique(Math.max(2, Math.round(n / 20)), () => {
    const lang = languageOf();
    return `${capitalise(word(lang, 2, 3))} ${capitalise(word(lang, 1, 2) + g.pick(LANGUAGES[lang].surnames))}`;
  });
  const tagPool = Object.fromEntries(
    Object.keys(LANGUAGES).map((lang) => [
      lang,
      g.unique(200, () => capitalise(g.pick(vocabulary[lang]))),
    ])
  );

  const sentence = (lang) => {
    const count = g.int(8, 22);
    const parts = [];
    for (let i = 0; i < count; i += 1) parts.push(g.pick(vocabulary[lang]));
    if (count > 12 && g.random() < 0.4) parts[g.int(3, count - 4)] += ',';
    return `${capitalise(parts.join(' '))}.`;
  };
  const paragraph = (lang) => {
    const out = [];
    for (let i = g.int(3, 6); i > 0; i -= 1) out.push(sentence(lang));
    return out.join(' ');
  };

  const width = String(n).length;
  const titles = [];
  const usedAuthors = new Set();
  const usedCategories = new Set();
  let changedCount = 0;
  const inputs = [];
  for (let i = 0; i < n; i += 1) {
    const lang = languageOf();
    const collides = titles.length > 0 && g.random() < 0.05;
    let title;
    if (collides) title = g.pick(titles);
    else {
      const parts = [];
      for (let w = g.int(4, 9); w > 0; w -= 1) parts.push(g.pick(vocabulary[lang]));
      title = capitalise(parts.join(' '));
    }
    titles.push(title);
    const [section, subs] = g.pick(SECTIONS);
    const sub = g.pick(subs);
    usedCategories.add(section).add(`${section}/${sub}`);
    const tags = g.unique(g.int(2, 4), () => g.pick(tagPool[lang]));
    const byline = g.random() < 0.7 ? [g.pick(authors)] : g.unique(2, () => g.pick(authors));
    for (const name of byline) usedAuthors.add(name);
    const paragraphs = [];
    for (let p = g.int(4, 8); p > 0; p -= 1) paragraphs.push(paragraph(lang));
    const format = pickWeighted(g.random, [
      ['txt', 0.6],
      ['md', 0.25],
      ['json', 0.15],
    ]);
    const render = (body) => {
      if (format === 'txt') {
        return `${[
          ['Home', section, sub, title].join(' / '),
          title,
          tags.join(', '),
          ...body,
          `By ${byline.join(' and ')}`,
        ].join('\n\n')}\n`;
      }
      if (format === 'md') {
        const list = (values) => `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;
        return [
          '---',
          `title: ${JSON.stringify(title)}`,
          `category: ${JSON.stringify(`${section} / ${sub}`)}`,
          `tags: ${list(tags)}`,
          `authors: ${list(byline)}`,
          '---',
          '',
          `${body.join('\n\n')}\n`,
        ].join('\n');
      }
      return `${JSON.stringify(
        { title, category: [section, sub], tags, authors: byline, body: body.join('\n\n') },
        null,
        2
      )}\n`;
    };
    const changed = i % 10 === 0;
    if (changed) changedCount += 1;
    inputs.push({
      name: `article-${String(i + 1).padStart(width, '0')}.${format}`,
      content: render(paragraphs),
      ...(changed ? { changed: render([...paragraphs, paragraph(lang)]) } : {}),
    });
  }
  return {
    inputs,
    authors,
    used: { authors: usedAuthors.size, categories: usedCategories.size },
    changedCount,
    // Distinct names may share a slug once transliterated (and are then one author): the
    // database is checked for at most `used` authors, not exactly.
    exactCounts: false,
    bytes: inputs.reduce((sum, input) => sum + Buffer.byteLength(input.content), 0),
  };
};

module.exports = { generateRealisticCorpus };
