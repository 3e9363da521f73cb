import {
  newsText,
  paragraphTexts,
  parseOne,
  readFixture,
  readSeedBytes,
  readSeedText,
  SEED_NAME,
} from './helpers';

const seedDraft = parseOne(readSeedBytes(), SEED_NAME);
const seedBlocks = readSeedText().trim().split('\n\n');

function withoutBlock(prefix: string): string {
  return seedBlocks.filter((block) => !block.startsWith(prefix)).join('\n\n');
}

describe('news text: robustness', () => {
  it('gives the same draft with CRLF line ends and a BOM', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${readSeedText().replace(/\n/g, '\r\n')}`);
    expect(parseOne(bytes, SEED_NAME)).toEqual(seedDraft);
    expect(parseOne(`\uFEFF${readSeedText().replace(/\n/g, '\r')}`, SEED_NAME)).toEqual(seedDraft);
  });

  it('ignores trailing spaces and tabs and lines of only whitespace', () => {
    const messy = readSeedText()
      .split('\n')
      .map((line) => (line === '' ? ' \t  ' : `${line} \t `))
      .join('\n');
    expect(parseOne(`\n \n${messy}\n\t\n`, SEED_NAME)).toEqual(seedDraft);
  });

  it('works without a breadcrumb (no category, with a warning)', () => {
    const draft = parseOne(withoutBlock('Home /'), SEED_NAME);
    expect(draft.categoryPath).toEqual([]);
    expect(draft.title).toBe(seedDraft.title);
    expect(draft.tags).toEqual(['Azerbaijan', 'Iran']);
    expect(draft.body).toEqual(seedDraft.body);
    expect(draft.warnings).toEqual(['No breadcrumb found: the article will have no category']);
  });

  it('works without a tags line', () => {
    const draft = parseOne(
      withoutBlock('Azerbaijan, Iran\n').replace('\n\nAzerbaijan, Iran\n\n', '\n\n'),
      SEED_NAME
    );
    expect(draft.tags).toEqual([]);
    expect(draft.body).toEqual(seedDraft.body);
  });

  it('works without a byline (no author, with a warning); the About box stays chrome', () => {
    const draft = parseOne(withoutBlock('By '), SEED_NAME);
    expect(draft.authors).toEqual([]);
    expect(draft.sourceMeta.aboutAuthor).toBe('Fidan Abdullayeva');
    expect(draft.body).toEqual(seedDraft.body);
    expect(draft.warnings).toEqual(['No byline found: the article will have no author']);
  });

  it('works without the About box, and with About before the byline', () => {
    expect(parseOne(withoutBlock('About '), SEED_NAME).sourceMeta).toEqual({ format: 'text' });
    const swapped = [
      ...seedBlocks.slice(0, -2),
      seedBlocks[seedBlocks.length - 1],
      seedBlocks[seedBlocks.length - 2],
    ];
    expect(parseOne(swapped.join('\n\n'), SEED_NAME)).toEqual(seedDraft);
  });

  it('finds a byline on the line right after the last paragraph', () => {
    const text = newsText(
      'Title here',
      'First paragraph.',
      'Last paragraph ends here.\nBy Ayya Lmahamad'
    );
    const draft = parseOne(text);
    expect(draft.authors).toEqual(['Ayya Lmahamad']);
    expect(paragraphTexts(draft)).toEqual(['First paragraph.', 'Last paragraph ends here.']);
  });

  it('finds a byline right under the title', () => {
    const draft = parseOne(newsText('Title here', 'By Jane Roe', 'The body.'));
    expect(draft.authors).toEqual(['Jane Roe']);
    expect(paragraphTexts(draft)).toEqual(['The body.']);
  });

  it('joins the lines of one block with a space', () => {
    const draft = parseOne(
      newsText('Title here', 'A paragraph written\non three\nlines.', 'Another.')
    );
    expect(paragraphTexts(draft)).toEqual(['A paragraph written on three lines.', 'Another.']);
  });

  it('keeps HTML and script text literally', () => {
    const draft = parseOne(
      newsText('<b>Bold</b> title', '<script>alert("x")</script>', 'A <i>tag</i> &amp; entity.')
    );
    expect(draft.title).toBe('<b>Bold</b> title');
    expect(paragraphTexts(draft)).toEqual([
      '<script>alert("x")</script>',
      'A <i>tag</i> &amp; entity.',
    ]);
  });
});

describe('news text: bylines', () => {
  it.each([
    ['By Ayya Lmahamad', ['Ayya Lmahamad']],
    ['By Ayya Lmahamad and Fidan Abdullayeva', ['Ayya Lmahamad', 'Fidan Abdullayeva']],
    ['By Ayya Lmahamad & Fidan Abdullayeva', ['Ayya Lmahamad', 'Fidan Abdullayeva']],
    ['By A. Smith, Bob Jones and Carol King', ['A. Smith', 'Bob Jones', 'Carol King']],
    ['By A. Smith, Bob Jones, and Carol King', ['A. Smith', 'Bob Jones', 'Carol King']],
    ['By Mohammed al-Hassan', ['Mohammed al-Hassan']],
    ['By John Smith Jr.', ['John Smith Jr.']],
  ])('%s', (byline, authors) => {
    const draft = parseOne(newsText('Title here', 'The body.', byline));
    expect(draft.authors).toEqual(authors);
    expect(paragraphTexts(draft)).toEqual(['The body.']);
  });

  it.each([
    'By the end of the year, prices rose.',
    'By then it was too late.',
    'About 200 people attended the meeting.',
    'About time!',
  ])('keeps the closing paragraph "%s" as body', (last) => {
    const draft = parseOne(newsText('Title here', 'The body.', last));
    expect(paragraphTexts(draft)).toEqual(['The body.', last]);
    expect(draft.authors).toEqual([]);
    expect(draft.sourceMeta.aboutAuthor).toBeUndefined();
  });

  it('reads co-authors with non-Latin names (fixture)', () => {
    const draft = parseOne(readFixture('valid/co-authors.txt'), 'co-authors.txt');
    expect(draft.authors).toEqual(['Leyla Məmmədova', 'John Smith', 'Иван Петров']);
    expect(draft.categoryPath).toEqual(['Business', 'Energy']);
    expect(draft.tags).toEqual(['Energy', 'Caspian Sea', 'Gas']);
    expect(draft.title).toBe('Caspian gas output hits a record in 2024');
    expect(draft.warnings).toEqual([]);
  });
});

describe('news text: breadcrumb and title', () => {
  it('reads a nested breadcrumb without Home and without the title segment', () => {
    const draft = parseOne(
      newsText('Home / Business / Energy / Oil prices fall', 'Oil prices fall', 'Body.')
    );
    expect(draft.categoryPath).toEqual(['Business', 'Energy']);
    expect(draft.title).toBe('Oil prices fall');
  });

  it('accepts › and » separators and a title that contains a slash', () => {
    expect(
      parseOne(newsText('Home › World › Europe › Talks', 'Talks', 'Body.')).categoryPath
    ).toEqual(['World', 'Europe']);
    const draft = parseOne(
      newsText('Home / Music / AC/DC announce 24/7 tour', 'AC/DC announce 24/7 tour', 'Body.')
    );
    expect(draft.categoryPath).toEqual(['Music']);
    expect(draft.title).toBe('AC/DC announce 24/7 tour');
  });

  it('trusts the title line that matches the breadcrumb even when it looks like tags', () => {
    const draft = parseOne(
      newsText('Home / Politics / Azerbaijan, Iran', 'Azerbaijan, Iran', 'Oil, Gas', 'Body.')
    );
    expect(draft.title).toBe('Azerbaijan, Iran');
    expect(draft.tags).toEqual(['Oil', 'Gas']);
  });

  it('matches the breadcrumb title loosely (case, quotes, dashes, truncation)', () => {
    const crumb = 'Home / Politics / AZERBAIJAN, Iran relations at high level - Iranian official';
    const draft = parseOne(newsText(crumb, seedDraft.title, 'Body.'));
    expect(draft.categoryPath).toEqual(['Politics']);
    expect(draft.warnings).not.toContainEqual(expect.stringContaining('differs'));
    const truncated = parseOne(
      newsText('Home / Politics / Azerbaijan, Iran relations at…', seedDraft.title, 'Body.')
    );
    expect(truncated.categoryPath).toEqual(['Politics']);
    expect(truncated.warnings).not.toContainEqual(expect.stringContaining('differs'));
  });

  it('warns when the breadcrumb title differs from the title line and keeps the title line', () => {
    const draft = parseOne(newsText('Home / Politics / Something else', 'The real title', 'Body.'));
    expect(draft.title).toBe('The real title');
    expect(draft.categoryPath).toEqual(['Politics']);
    expect(draft.warnings).toContainEqual(
      expect.stringMatching(/^Breadcrumb title differs from the title line/)
    );
  });

  it('takes the title from the breadcrumb when the title line is missing', () => {
    const draft = parseOne(
      newsText('Home / Politics / Talks resume', 'Azerbaijan, Iran', 'The body.')
    );
    expect(draft.title).toBe('Talks resume');
    expect(draft.tags).toEqual(['Azerbaijan', 'Iran']);
    expect(draft.warnings).toContainEqual(
      expect.stringMatching(/^No title line after the breadcrumb/)
    );
  });

  it('reads a breadcrumb whose root is not a known home word when it names the title line', () => {
    // "Əsas" (main), "News", or no root at all: the line ends with the next line, after a
    // separator, so it is the page's breadcrumb, whatever its first crumb says.
    const az = parseOne(
      newsText('Əsas / İqtisadiyyat / Neft bahalaşır', 'Neft bahalaşır', 'Mətn.', 'By Ann Lee')
    );
    expect([az.title, az.categoryPath, az.tags]).toEqual(['Neft bahalaşır', ['İqtisadiyyat'], []]);
    const news = parseOne(newsText('News / Economy / Oil rises', 'Oil rises', 'Body.'));
    expect([news.title, news.categoryPath]).toEqual(['Oil rises', ['News', 'Economy']]);
    const bare = parseOne(newsText('Economy › Oil rises', 'Oil rises', 'Oil, Gas', 'Body.'));
    expect([bare.title, bare.categoryPath, bare.tags]).toEqual([
      'Oil rises',
      ['Economy'],
      ['Oil', 'Gas'],
    ]);
    for (const draft of [az, news, bare]) {
      expect(draft.warnings).not.toContainEqual(expect.stringMatching(/^No breadcrumb found/));
    }
  });

  it('keeps a title with a slash as the title when the next line is not its end', () => {
    const draft = parseOne(newsText('Oil / gas prices rise', 'Oil, Gas', 'Body.'));
    expect([draft.title, draft.categoryPath, draft.tags]).toEqual([
      'Oil / gas prices rise',
      [],
      ['Oil', 'Gas'],
    ]);
    // Unspaced slashes are not separators: "AC/DC" over "DC" is a title and a tag.
    const band = parseOne(newsText('Tour of AC/DC', 'DC', 'Body.'));
    expect([band.title, band.categoryPath]).toEqual(['Tour of AC/DC', []]);
  });

  it('slugs non-Latin titles: Azerbaijani, Cyrillic, Persian', () => {
    expect(parseOne(newsText('Məmmədov İlham Əliyevlə görüşdü', 'Mətn.')).slug).toBe(
      'memmedov-ilham-eliyevle-gorusdu'
    );
    expect(parseOne(newsText('Путин и Алиев обсудили Карабах', 'Текст.')).slug).toBe(
      'putin-i-aliev-obsudili-karabakh'
    );
    const persian = parseOne(
      newsText('دیدار وزیران خارجه ایران و آذربایجان', 'متن خبر.', 'By علی رضایی')
    );
    expect(persian.slug).toMatch(/^a-[0-9a-f]{8}$/);
    expect(persian.authors).toEqual(['علی رضایی']);
    expect(parseOne(newsText('دیدار وزیران خارجه ایران و آذربایجان', 'متن دیگر.')).slug).toBe(
      persian.slug
    );
  });
});

describe('news text: hard-wrapped lines without blank lines', () => {
  it('rejoins the wrapped lines into paragraphs that end on a short line closing a sentence', () => {
    const draft = parseOne(
      [
        'Ferry route to Turkmenbashi reopens',
        'The ferry between Baku and Turkmenbashi sails again from May,',
        'twice a week, the port authority said on Monday after the',
        'ministers signed the deal.',
        'Tickets go on sale next week at the port and online, and the',
        'first crossing is already fully booked by freight firms.',
        '',
      ].join('\n')
    );
    expect(draft.title).toBe('Ferry route to Turkmenbashi reopens');
    expect(paragraphTexts(draft)).toEqual([
      'The ferry between Baku and Turkmenbashi sails again from May, twice a week, the port authority said on Monday after the ministers signed the deal.',
      'Tickets go on sale next week at the port and online, and the first crossing is already fully booked by freight firms.',
    ]);
    expect(draft.warnings).toContainEqual(
      expect.stringMatching(/^No blank lines between paragraphs and the lines look hard-wrapped/)
    );
  });

  it('keeps one paragraph per line when the lines are not wrapped (most end a sentence)', () => {
    const draft = parseOne(
      [
        'Ferry route reopens',
        'The ferry sails again from May.',
        'Tickets go on sale next week.',
        'The first crossing is booked.',
        '',
      ].join('\n')
    );
    expect(paragraphTexts(draft)).toEqual([
      'The ferry sails again from May.',
      'Tickets go on sale next week.',
      'The first crossing is booked.',
    ]);
  });
});

describe('news text: tags line versus a short first paragraph', () => {
  it.each([
    ['Aragchi also voiced support.'],
    ['Yes, it happened'],
    ['He said: no.'],
    ['Prices rose, then fell, then rose again, as traders reacted to every rumour'],
  ])('"%s" is a paragraph', (first) => {
    const draft = parseOne(newsText('Title here', first, 'Second paragraph.'));
    expect(draft.tags).toEqual([]);
    expect(paragraphTexts(draft)).toEqual([first, 'Second paragraph.']);
  });

  it.each([
    ['Azerbaijan, Iran', ['Azerbaijan', 'Iran']],
    ['Energy, Caspian Sea, Oil and Gas', ['Energy', 'Caspian Sea', 'Oil and Gas']],
    ['economy, oil prices', ['economy', 'oil prices']],
    ['Politics', ['Politics']],
    ['Azərbaycan, İran', ['Azərbaycan', 'İran']],
  ])('"%s" is a tags line', (line, tags) => {
    const draft = parseOne(newsText('Title here', line, 'The body.'));
    expect(draft.tags).toEqual(tags);
    expect(paragraphTexts(draft)).toEqual(['The body.']);
  });

  it('does not take the only body block as tags', () => {
    const draft = parseOne(newsText('Title here', 'Azerbaijan, Iran'));
    expect(draft.tags).toEqual([]);
    expect(paragraphTexts(draft)).toEqual(['Azerbaijan, Iran']);
  });

  it('removes duplicate tags', () => {
    expect(parseOne(newsText('Title here', 'Iran, Oil, Iran', 'Body.')).tags).toEqual([
      'Iran',
      'Oil',
    ]);
  });
});

describe('news text: a date line under the title', () => {
  it.each([
    ['1 March 2021 12:30', '2021-03-01T12:30:00'],
    ['01.03.2021, 14:05', '2021-03-01T14:05:00'],
  ])('"%s" is the publication date, not a paragraph', (line, iso) => {
    const draft = parseOne(newsText('Title here', line, 'Second paragraph.'));
    expect(draft.tags).toEqual([]);
    expect(paragraphTexts(draft)).toEqual(['Second paragraph.']);
    expect(draft.sourceMeta.publishedAt).toBe(iso);
    expect(draft.sourceMeta.dateText).toBe(line);
  });
});

describe('news text: header without blank lines', () => {
  it('splits breadcrumb, title and tags written on consecutive lines', () => {
    const draft = parseOne(
      'Home / Politics / Talks resume\nTalks resume\nAzerbaijan, Iran\n\nThe body.\n'
    );
    expect(draft.categoryPath).toEqual(['Politics']);
    expect(draft.title).toBe('Talks resume');
    expect(draft.tags).toEqual(['Azerbaijan', 'Iran']);
    expect(paragraphTexts(draft)).toEqual(['The body.']);
  });
});
