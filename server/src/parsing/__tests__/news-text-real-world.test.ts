import { paragraphTexts, parseOne, readSeedText, SEED_NAME } from './helpers';

/**
 * The shapes issue 14 reports as read wrong: ordinary variants of the reference page, written
 * fresh. Each one is a regression test for the whole class it names.
 */
const seed = readSeedText().trim();
const seedDraft = parseOne(seed, SEED_NAME);

describe('news text: real-world page shapes', () => {
  it('reads the reference seed pasted with single newlines as the original', () => {
    const pasted = seed.replace(/\n\n/g, '\n');
    const draft = parseOne(pasted, SEED_NAME);
    expect(draft.categoryPath).toEqual(['Politics']);
    expect(draft.title).toBe(seedDraft.title);
    expect(draft.tags).toEqual(['Azerbaijan', 'Iran']);
    expect(draft.authors).toEqual(['Ayya Lmahamad']);
    expect(paragraphTexts(draft)).toEqual(paragraphTexts(seedDraft));
    expect(draft.sourceMeta.aboutAuthor).toBe('Fidan Abdullayeva');
    expect(JSON.stringify(draft.body)).not.toContain('About');
    expect(draft.warnings).toContain(
      'No blank lines between paragraphs: each line was read as a paragraph'
    );
  });

  it('reads a dateline under the title as the place, not as three tags', () => {
    const draft = parseOne(
      [
        'Azerbaijan opens new border checkpoint with Georgia',
        '',
        'BAKU, Azerbaijan, July 14',
        '',
        'A new checkpoint on the Azerbaijan-Georgia border opened on Sunday.',
        '',
        'It can process up to 3,000 vehicles a day, officials said.',
      ].join('\n')
    );
    expect(draft.tags).toEqual([]);
    expect(draft.sourceMeta.dateline).toBe('BAKU, Azerbaijan');
    expect(paragraphTexts(draft)[0]).toBe(
      'A new checkpoint on the Azerbaijan-Georgia border opened on Sunday.'
    );
    expect(draft.warnings).toContain(
      'The date "July 14" was not used as the publication date: it has no year'
    );
  });

  it.each([
    ['By Rauf Hasanli \u2013 Trend:', ['Rauf Hasanli'], 'Trend'],
    ['By Nigar Aliyeva | AzerNEWS', ['Nigar Aliyeva'], 'AzerNEWS'],
    ['By Jane Roe and John Doe / Report.az', ['Jane Roe', 'John Doe'], 'Report.az'],
    ['By Jane Roe, Reuters', ['Jane Roe'], 'Reuters'],
    ['By Jane Roe (AP)', ['Jane Roe'], 'AP'],
  ])('reads the top byline "%s" with its outlet suffix', (byline, authors, outlet) => {
    const draft = parseOne(
      [
        'Caspian ferry line adds a second vessel',
        '',
        byline,
        '',
        'The Baku-Turkmenbashi ferry line has added a second vessel, the operator said.',
        '',
        'Freight volumes grew by 12 percent in the first half of the year.',
      ].join('\n')
    );
    expect(draft.authors).toEqual(authors);
    expect(draft.sourceMeta.outlet).toBe(outlet);
    expect(paragraphTexts(draft)[0]).toMatch(/^The Baku-Turkmenbashi ferry/);
    expect(draft.description).toMatch(/^The Baku-Turkmenbashi ferry/);
  });

  it('reads a date line under the title, and the tags line under it', () => {
    const draft = parseOne(
      [
        'Central bank keeps the refinancing rate at 7.25 percent',
        '14 March 2024 17:05 (UTC+04:00)',
        'Economy, Banking',
        '',
        'The Central Bank of Azerbaijan kept its refinancing rate unchanged on Thursday.',
        '',
        'The next decision is due in April.',
      ].join('\n')
    );
    expect(draft.sourceMeta.publishedAt).toBe('2024-03-14T17:05:00+04:00');
    expect(draft.tags).toEqual(['Economy', 'Banking']);
    expect(draft.description).toBe(
      'The Central Bank of Azerbaijan kept its refinancing rate unchanged on Thursday.'
    );
    expect(paragraphTexts(draft)).toHaveLength(2);
  });

  it('reads a byline, an About line and a bio at the end without blank lines between them', () => {
    const draft = parseOne(
      [
        'Home / Society / Baku marathon draws record field',
        '',
        'Baku marathon draws record field',
        '',
        'More than 20,000 runners took part in the Baku marathon on Sunday.',
        '',
        'The route passed the Old City and the seaside boulevard.',
        '',
        'By Leyla Hasanova',
        'About Leyla Hasanova',
        'Leyla Hasanova is a staff writer covering sport and city life. She joined in 2019.',
      ].join('\n')
    );
    expect(draft.authors).toEqual(['Leyla Hasanova']);
    expect(draft.sourceMeta.aboutAuthor).toBe('Leyla Hasanova');
    expect(draft.sourceMeta.authorBio).toBe(
      'Leyla Hasanova is a staff writer covering sport and city life. She joined in 2019.'
    );
    expect(paragraphTexts(draft)).toEqual([
      'More than 20,000 runners took part in the Baku marathon on Sunday.',
      'The route passed the Old City and the seaside boulevard.',
    ]);
  });
});
