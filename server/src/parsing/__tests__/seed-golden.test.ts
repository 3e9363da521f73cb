import { parseSource } from '..';
import { paragraphTexts, parseOne, readSeedBytes, readSeedText, SEED_NAME } from './helpers';

describe('reference seed (golden)', () => {
  const draft = parseOne(readSeedBytes(), SEED_NAME);

  it('reads the header: category, title with its en dash, tags', () => {
    expect(draft.categoryPath).toEqual(['Politics']);
    expect(draft.title).toBe('Azerbaijan, Iran relations at high level \u2013 Iranian official');
    expect(draft.tags).toEqual(['Azerbaijan', 'Iran']);
    expect(draft.slug).toBe('azerbaijan-iran-relations-at-high-level-iranian-official');
  });

  it('has 13 paragraphs, from "Iranian-Azerbaijani relations…" to "The conference was attended by…"', () => {
    const paragraphs = paragraphTexts(draft);
    expect(paragraphs).toHaveLength(13);
    expect(paragraphs[0].startsWith('Iranian-Azerbaijani relations are at a high level')).toBe(
      true
    );
    expect(paragraphs[12].startsWith('The conference was attended by')).toBe(true);
    for (const block of draft.body)
      expect(block).toEqual({
        type: 'paragraph',
        children: [{ type: 'text', text: expect.any(String) }],
      });
  });

  it('keeps curly quotes and apostrophes as written', () => {
    const paragraphs = paragraphTexts(draft);
    expect(paragraphs[4].startsWith('\u201cIran was opposed')).toBe(true);
    expect(paragraphs[4]).toContain('Karabakh,\u201d he said.');
    expect(paragraphs[0]).toContain('Iran\u2019s Deputy FM');
  });

  it('takes the byline as the author and the "About" box as page chrome', () => {
    expect(draft.authors).toEqual(['Ayya Lmahamad']);
    expect(draft.sourceMeta).toEqual({ format: 'text', aboutAuthor: 'Fidan Abdullayeva' });
    const bodyJson = JSON.stringify(draft.body);
    expect(bodyJson).not.toContain('Fidan Abdullayeva');
    expect(bodyJson).not.toContain('About');
    expect(bodyJson).not.toContain('By Ayya');
  });

  it('derives the description from the first paragraph and computes reading stats', () => {
    const first = paragraphTexts(draft)[0];
    expect(draft.description).toBe(first.replace(/\s+/g, ' '));
    expect(draft.description.length).toBeLessThanOrEqual(300);
    const words = paragraphTexts(draft)
      .join(' ')
      .split(/\s+/)
      .filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
    expect(draft.wordCount).toBe(words);
    expect(draft.wordCount).toBe(421);
    expect(draft.readingTimeMinutes).toBe(3);
    expect(draft.warnings).toEqual([]);
  });

  it('has exactly the ArticleDraft keys', () => {
    expect(Object.keys(draft).sort()).toEqual(
      [
        'authors',
        'body',
        'categoryPath',
        'description',
        'readingTimeMinutes',
        'slug',
        'sourceMeta',
        'tags',
        'title',
        'warnings',
        'warningDetails',
        'wordCount',
      ].sort()
    );
  });

  it('gives the same draft from bytes and from a string, and with a wpm option', () => {
    expect(parseSource(readSeedText(), SEED_NAME)).toEqual(parseSource(readSeedBytes(), SEED_NAME));
    expect(parseOne(readSeedText(), SEED_NAME, { wordsPerMinute: 100 }).readingTimeMinutes).toBe(5);
  });
});
