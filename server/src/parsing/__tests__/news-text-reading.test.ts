import type { ArticleWarning } from '../../../../shared/contracts/warnings';
import { parseNewsText } from '../news-text/parse';
import { newsText, paragraphTexts, parseFailure, parseOne } from './helpers';

/**
 * How the news-text reader assigns each line its part (title, standfirst, byline, dates, tags,
 * author box, boilerplate, body), line by line at the edges of each rule, with the warnings
 * that say what it did.
 */

/** What a news text was read as; warnings by code (their params and texts where asked). */
function read(text: string) {
  const draft = parseOne(text);
  return {
    title: draft.title,
    description: draft.description,
    categoryPath: draft.categoryPath,
    tags: draft.tags,
    authors: draft.authors,
    body: paragraphTexts(draft),
    meta: draft.sourceMeta,
    warnings: (draft.warningDetails ?? []).map((warning) => warning.code),
  };
}

const detail = (text: string, code: ArticleWarning['code']) =>
  (parseOne(text).warningDetails ?? []).find((warning) => warning.code === code);

const TITLE = 'Talks in Baku';
const BODY = 'The ministers met on Monday.';
const MORE = 'They agreed on a plan.';
const STANDFIRST = 'Ministers agree on a plan for the region';

describe('parseNewsText', () => {
  it('called on its own (no warnings handed to it), gives only its own warnings', () => {
    const text = newsText(TITLE, BODY, 'By Jane Roe');
    expect(parseNewsText(text).warnings).toEqual([
      'No breadcrumb found: the article will have no category',
    ]);
  });
});

describe('news text: the header under the title', () => {
  it('keeps the first date found (a byline date before a date line)', () => {
    expect(
      read(newsText(TITLE, 'By Jane Roe | 14 March 2024', 'Updated: 15 March 2024', BODY))
    ).toEqual({
      title: TITLE,
      description: BODY,
      categoryPath: [],
      tags: [],
      authors: ['Jane Roe'],
      body: [BODY],
      meta: { format: 'text', publishedAt: '2024-03-14', dateText: '14 March 2024' },
      warnings: ['NO_BREADCRUMB'],
    });
  });

  it('a full date under the title is the publication date, with no warning about it', () => {
    expect(read(newsText(TITLE, 'July 14, 2024', BODY))).toMatchObject({
      body: [BODY],
      meta: { format: 'text', publishedAt: '2024-07-14', dateText: 'July 14, 2024' },
      warnings: ['NO_BREADCRUMB', 'NO_BYLINE'],
    });
  });

  it('a dateline line gives the place, the agency as the outlet, and its date', () => {
    const text = newsText(TITLE, 'BAKU, Azerbaijan, July 14 (Trend)', BODY);
    expect(read(text)).toMatchObject({
      body: [BODY],
      meta: { format: 'text', dateline: 'BAKU, Azerbaijan', outlet: 'Trend', dateText: 'July 14' },
      warnings: ['NO_BREADCRUMB', 'DATE_NOT_USED', 'NO_BYLINE'],
    });
    expect(detail(text, 'DATE_NOT_USED')).toEqual({
      code: 'DATE_NOT_USED',
      params: { date: 'July 14', reason: 'NO_YEAR' },
      message: 'The date "July 14" was not used as the publication date: it has no year',
    });
  });

  it('after a dateline line, the first paragraph keeps a dateline of its own', () => {
    const first = `MOSCOW – ${BODY}`;
    expect(read(newsText(TITLE, 'BAKU, Azerbaijan, July 14, 2024', first))).toMatchObject({
      body: [first],
      meta: {
        format: 'text',
        dateline: 'BAKU, Azerbaijan',
        publishedAt: '2024-07-14',
        dateText: 'July 14, 2024',
      },
    });
  });

  it('an unlabelled tags line glued to the byline under it is still tags', () => {
    expect(read(`${TITLE}\n\nAzerbaijan, Iran\nBy Jane Roe\n\n${BODY}\n`)).toMatchObject({
      tags: ['Azerbaijan', 'Iran'],
      authors: ['Jane Roe'],
      body: [BODY],
    });
  });

  it('an unlabelled tags line before an ad label and the body is still tags', () => {
    expect(read(`${TITLE}\n\nAzerbaijan, Iran\nAdvertisement\n${BODY}\n`)).toMatchObject({
      tags: ['Azerbaijan', 'Iran'],
      body: [BODY],
      meta: { format: 'text', boilerplate: ['Advertisement'] },
    });
  });

  it('with labelled tags at the end, a tags-like line under the title is text', () => {
    expect(read(newsText(TITLE, 'Azerbaijan, Iran', BODY, 'Tags: Oil'))).toMatchObject({
      description: 'Azerbaijan, Iran',
      tags: ['Oil'],
      body: ['Azerbaijan, Iran', BODY],
    });
  });

  it('of two bylines under the title, the first is the byline; the second starts the text', () => {
    expect(read(newsText(TITLE, 'By Jane Roe', 'By John Doe', BODY))).toMatchObject({
      authors: ['Jane Roe'],
      body: ['By John Doe', BODY],
    });
  });

  it('a tags-like last line is the body, not tags', () => {
    expect(read(newsText(TITLE, 'Azerbaijan, Iran'))).toMatchObject({
      tags: [],
      body: ['Azerbaijan, Iran'],
    });
  });

  it('labelled tags between paragraphs are text', () => {
    expect(read(newsText(TITLE, BODY, MORE, 'Tags: Oil', 'The end.'))).toMatchObject({
      description: BODY,
      tags: [],
      body: [BODY, MORE, 'Tags: Oil', 'The end.'],
    });
  });

  it('the header ends at the first line of text: tags and dates further down stay text', () => {
    expect(read(newsText(TITLE, 'By Jane Roe', BODY, 'Tags: Oil', MORE))).toMatchObject({
      tags: [],
      authors: ['Jane Roe'],
      body: [BODY, 'Tags: Oil', MORE],
    });
  });
});

describe('news text: the standfirst', () => {
  const expected = {
    title: TITLE,
    description: STANDFIRST,
    categoryPath: [],
    tags: [],
    authors: ['Jane Roe'],
    body: [BODY],
    meta: { format: 'text' },
    warnings: ['NO_BREADCRUMB', 'STANDFIRST_AS_DESCRIPTION'],
  };

  it('is the line under a title without a breadcrumb when more header follows', () => {
    const text = newsText(TITLE, STANDFIRST, 'By Jane Roe', BODY);
    expect(read(text)).toEqual(expected);
    expect(detail(text, 'STANDFIRST_AS_DESCRIPTION')).toEqual({
      code: 'STANDFIRST_AS_DESCRIPTION',
      params: {},
      message: 'Took the line under the title as the standfirst (the description)',
    });
  });

  it('is read under a title with a date line above it, and the byline after it too', () => {
    expect(read(newsText('14 March 2024', TITLE, STANDFIRST, 'By Jane Roe', BODY))).toEqual({
      ...expected,
      meta: { format: 'text', publishedAt: '2024-03-14', dateText: '14 March 2024' },
    });
  });

  it('may have an ad label between it and the title', () => {
    expect(read(newsText(TITLE, 'Advertisement', STANDFIRST, 'By Jane Roe', BODY))).toEqual({
      ...expected,
      meta: { format: 'text', boilerplate: ['Advertisement'] },
      warnings: [...expected.warnings, 'BOILERPLATE_LEFT_OUT'],
    });
  });

  it('a sentence under the title is the standfirst when a date line follows it', () => {
    expect(read(newsText(TITLE, BODY, '14 March 2024', MORE))).toMatchObject({
      description: BODY,
      body: [MORE],
      meta: { format: 'text', publishedAt: '2024-03-14', dateText: '14 March 2024' },
      warnings: ['NO_BREADCRUMB', 'STANDFIRST_AS_DESCRIPTION', 'NO_BYLINE'],
    });
  });

  it('is not a line after the byline: that line starts the body', () => {
    expect(read(newsText(TITLE, 'By Jane Roe', STANDFIRST, '14 March 2024', BODY))).toMatchObject({
      authors: ['Jane Roe'],
      body: [STANDFIRST, '14 March 2024', BODY],
      meta: { format: 'text' },
      warnings: ['NO_BREADCRUMB'],
    });
  });

  it('is not a line that ends with a colon (it opens the text)', () => {
    expect(read(newsText(TITLE, 'The minister said:', 'By Jane Roe', BODY))).toMatchObject({
      authors: [],
      body: ['The minister said:', 'By Jane Roe', BODY],
    });
  });

  it('is at most 300 characters long', () => {
    const standfirst = (length: number) => `Ministers ${'x'.repeat(length - 10)}`;
    expect(read(newsText(TITLE, standfirst(300), 'By Jane Roe', BODY))).toMatchObject({
      description: standfirst(300),
      body: [BODY],
    });
    expect(read(newsText(TITLE, standfirst(301), 'By Jane Roe', BODY))).toMatchObject({
      authors: [],
      body: [standfirst(301), 'By Jane Roe', BODY],
    });
  });

  it('needs body after the rest of the header, or it is the body', () => {
    expect(read(newsText(TITLE, STANDFIRST, 'BAKU, July 14', 'MOSCOW, July 15'))).toEqual({
      title: TITLE,
      description: STANDFIRST,
      categoryPath: [],
      tags: [],
      authors: [],
      body: [STANDFIRST, 'BAKU, July 14', 'MOSCOW, July 15'],
      meta: { format: 'text' },
      warnings: ['NO_BREADCRUMB', 'NO_BYLINE'],
    });
    expect(read(newsText(TITLE, STANDFIRST, 'BAKU, July 14'))).toMatchObject({
      body: [STANDFIRST, 'BAKU, July 14'],
      meta: { format: 'text' },
    });
    // Looking at the lines after it reads nothing from them.
    expect(read(newsText(TITLE, STANDFIRST, '14 March 2024', 'BAKU, July 14'))).toMatchObject({
      tags: [],
      body: [STANDFIRST, '14 March 2024', 'BAKU, July 14'],
      meta: { format: 'text' },
    });
    expect(read(newsText(TITLE, STANDFIRST, 'Tags: Oil', 'BAKU, July 14'))).toMatchObject({
      tags: [],
      body: [STANDFIRST, 'Tags: Oil', 'BAKU, July 14'],
      meta: { format: 'text' },
    });
  });
});

describe('news text: the breadcrumb and the title', () => {
  it('a breadcrumb without segments leaves the title line as the title', () => {
    expect(read(newsText('Home /', TITLE, BODY))).toMatchObject({
      title: TITLE,
      categoryPath: [],
      body: [BODY],
      warnings: ['NO_BYLINE'],
    });
  });

  it('takes the title from the breadcrumb when a byline follows it', () => {
    const text = newsText('Home / Politics / Talks in Baku', 'By Jane Roe', BODY);
    expect(read(text)).toEqual({
      title: TITLE,
      description: BODY,
      categoryPath: ['Politics'],
      tags: [],
      authors: ['Jane Roe'],
      body: [BODY],
      meta: { format: 'text' },
      warnings: ['TITLE_FROM_BREADCRUMB'],
    });
    expect(detail(text, 'TITLE_FROM_BREADCRUMB')?.message).toBe(
      'No title line after the breadcrumb: the title was taken from the breadcrumb'
    );
  });

  it('keeps the title line when it differs from the breadcrumb, and says so', () => {
    const text = newsText('Home / Politics / Talks in Baku', 'Ministers meet in the capital', BODY);
    expect(read(text)).toMatchObject({
      title: 'Ministers meet in the capital',
      categoryPath: ['Politics'],
      warnings: ['BREADCRUMB_TITLE_DIFFERS', 'NO_BYLINE'],
    });
    expect(detail(text, 'BREADCRUMB_TITLE_DIFFERS')).toEqual({
      code: 'BREADCRUMB_TITLE_DIFFERS',
      params: { breadcrumbTitle: 'Talks in Baku' },
      message:
        'Breadcrumb title differs from the title line: kept the title line ("Talks in Baku" in the breadcrumb)',
    });
  });

  it('a tags-like line under the breadcrumb with nothing after it is the title (no body)', () => {
    const error = parseFailure(
      newsText('Home / Politics / Azerbaijan, Iran relations', 'Azerbaijan, Iran')
    );
    expect(error.code).toBe('NO_BODY');
  });

  it('the first line is the title even when it reads like a byline', () => {
    expect(parseFailure(newsText('By Jane Roe', 'Tags: Oil')).code).toBe('NO_BODY');
  });

  it('an unspaced breadcrumb names the title line under it too', () => {
    expect(
      read(
        newsText('Home/Sport/Sponsored', 'Sponsored', 'The club signed a new sponsor on Monday.')
      )
    ).toMatchObject({
      title: 'Sponsored',
      categoryPath: ['Sport'],
      body: ['The club signed a new sponsor on Monday.'],
      meta: { format: 'text' },
    });
  });

  it('a text of nothing but boilerplate has no title', () => {
    expect(parseFailure(newsText('Follow us on Twitter', 'Advertisement')).code).toBe('NO_TITLE');
  });

  it('a breadcrumb named title reads as the title even below an ad label', () => {
    expect(
      read(
        newsText(
          'Advertisement',
          'Home / Sport / Sponsored',
          'Sponsored',
          'The club signed a new sponsor on Monday.'
        )
      )
    ).toEqual({
      title: 'Sponsored',
      description: 'The club signed a new sponsor on Monday.',
      categoryPath: ['Sport'],
      tags: [],
      authors: [],
      body: ['The club signed a new sponsor on Monday.'],
      meta: { format: 'text', boilerplate: ['Advertisement'] },
      warnings: ['NO_BYLINE', 'BOILERPLATE_LEFT_OUT'],
    });
  });

  it('a first line that is no breadcrumb names no title: an ad label under it is left out', () => {
    expect(
      read(newsText('Economy/Sponsored', 'Sponsored', 'The club signed a new sponsor on Monday.'))
    ).toMatchObject({
      title: 'Economy/Sponsored',
      body: ['The club signed a new sponsor on Monday.'],
      meta: { format: 'text', boilerplate: ['Sponsored'] },
    });
  });
});

describe('news text: a breadcrumb that ends with a category', () => {
  const LONG_TITLE = 'Messi signs a new contract with Inter Miami';
  const crumb = (segment: string, title = LONG_TITLE) =>
    read(newsText(`Home / Sport / ${segment}`, title, BODY));

  it('a short capitalised last segment is a category', () => {
    expect(crumb('Football')).toMatchObject({
      title: LONG_TITLE,
      categoryPath: ['Sport', 'Football'],
      warnings: ['NO_BYLINE'],
    });
    expect(crumb('Oil and Gas').categoryPath).toEqual(['Sport', 'Oil and Gas']);
    expect(crumb('U.S. Politics').categoryPath).toEqual(['Sport', 'U.S. Politics']);
  });

  it('not: four words, a lower-case word, or an ending stop', () => {
    for (const segment of [
      'Ports and inland',
      'Oil Gas and Mining',
      'Sport and leisure',
      'Oil and offshore',
      'iPhone',
      'Football.',
    ]) {
      expect(crumb(segment)).toMatchObject({
        title: LONG_TITLE,
        categoryPath: ['Sport'],
        warnings: ['BREADCRUMB_TITLE_DIFFERS', 'NO_BYLINE'],
      });
    }
  });

  it('not when the title line is under twice as long as the segment', () => {
    expect(crumb('Football', 'Messi signs deals')).toMatchObject({
      categoryPath: ['Sport', 'Football'],
    });
    expect(crumb('Football', 'Messi signs deal')).toMatchObject({
      title: 'Messi signs deal',
      categoryPath: ['Sport'],
      warnings: ['BREADCRUMB_TITLE_DIFFERS', 'NO_BYLINE'],
    });
  });

  it('not when the line under it reads as a paragraph or is too long for a title', () => {
    const sentence = `${Array.from({ length: 21 }, () => 'word').join(' ')}.`;
    expect(crumb('Football', sentence)).toMatchObject({
      title: 'Football',
      categoryPath: ['Sport'],
      body: [sentence, BODY],
      warnings: ['TITLE_FROM_BREADCRUMB', 'NO_BYLINE'],
    });
    const line = (length: number) => `Messi ${'x'.repeat(length - 6)}`;
    expect(crumb('Football', line(255))).toMatchObject({
      title: line(255),
      categoryPath: ['Sport', 'Football'],
    });
    expect(crumb('Football', line(256))).toMatchObject({
      title: 'Football',
      categoryPath: ['Sport'],
      warnings: ['TITLE_FROM_BREADCRUMB', 'NO_BYLINE'],
    });
  });
});

describe('news text: the trailer', () => {
  it("takes the author from the author's note when there is no byline", () => {
    const note = "Ayya Lmahamad is AzerNews' staff journalist, follow her on Twitter";
    const text = newsText(TITLE, BODY, note);
    expect(read(text)).toEqual({
      title: TITLE,
      description: BODY,
      categoryPath: [],
      tags: [],
      authors: ['Ayya Lmahamad'],
      body: [BODY],
      meta: { format: 'text', authorBio: note },
      warnings: ['NO_BREADCRUMB', 'AUTHOR_FROM_NOTE'],
    });
    expect(detail(text, 'AUTHOR_FROM_NOTE')).toEqual({
      code: 'AUTHOR_FROM_NOTE',
      params: { author: 'Ayya Lmahamad' },
      message: `No byline found: took the author from the author's note ("Ayya Lmahamad")`,
    });
    // With a byline, the byline names the author.
    expect(read(newsText(TITLE, BODY, 'By Jane Roe', note))).toMatchObject({
      authors: ['Jane Roe'],
      body: [BODY],
      meta: { format: 'text', authorBio: note },
      warnings: ['NO_BREADCRUMB'],
    });
  });

  it("reads an author's note beside an author box without a bio, not beside one with a bio", () => {
    const note = 'Jane Roe is a reporter at Trend.';
    expect(read(newsText(TITLE, BODY, note, 'About Jane Roe'))).toMatchObject({
      authors: ['Jane Roe'],
      body: [BODY],
      meta: { format: 'text', aboutAuthor: 'Jane Roe', authorBio: note },
    });
    expect(read(newsText(TITLE, BODY, note, 'About Jane Roe', 'She covers energy.'))).toMatchObject(
      {
        authors: [],
        body: [BODY, note],
        meta: { format: 'text', aboutAuthor: 'Jane Roe', authorBio: 'She covers energy.' },
      }
    );
  });

  it('of two bylines at the end, the last is the byline', () => {
    expect(read(newsText(TITLE, BODY, 'By Jane Roe', 'By John Doe'))).toMatchObject({
      authors: ['John Doe'],
      body: [BODY, 'By Jane Roe'],
    });
  });

  it('a date line glued to a paragraph that has not ended continues it', () => {
    expect(
      read(`${TITLE}\n\n${BODY}\n\nThe talks will go on until\n14 March 2024\n`)
    ).toMatchObject({
      body: [BODY, 'The talks will go on until 14 March 2024'],
      meta: { format: 'text' },
    });
  });

  it('a byline glued to a boilerplate line is still the byline', () => {
    expect(read(`${TITLE}\n\n${BODY}\n\nShare this article\nBy Jane Roe\n`)).toMatchObject({
      authors: ['Jane Roe'],
      body: [BODY],
      meta: { format: 'text', boilerplate: ['Share this article'] },
    });
  });

  it('without blank lines, the last line is the byline even after an open line', () => {
    const text = `${TITLE}\n${BODY}\nThey met again without an end\nBy Jane Roe\n`;
    expect(read(text)).toMatchObject({
      authors: ['Jane Roe'],
      body: [BODY, 'They met again without an end'],
      warnings: ['NO_BREADCRUMB', 'LINES_AS_PARAGRAPHS'],
    });
    expect(parseOne(text).warnings).toContain(
      'No blank lines between paragraphs: each line was read as a paragraph'
    );
  });
});

describe('news text: the author box', () => {
  const box = (...lines: string[]) => read(newsText(TITLE, BODY, MORE, ...lines));

  it('"About the author" as the last line is text', () => {
    expect(box('About the author')).toMatchObject({
      body: [BODY, MORE, 'About the author'],
      meta: { format: 'text' },
    });
  });

  it('"About the author" names the author on the next line: a name, not a sentence', () => {
    expect(
      box('About the author', 'J. R. Tolkien', 'He wrote books.', 'He lived in Oxford.')
    ).toMatchObject({
      body: [BODY, MORE],
      meta: {
        format: 'text',
        aboutAuthor: 'J. R. Tolkien',
        authorBio: 'He wrote books. He lived in Oxford.',
      },
    });
    expect(box('About the author', 'Jane Roe covers energy for Trend.')).toMatchObject({
      body: [BODY, MORE, 'About the author', 'Jane Roe covers energy for Trend.'],
      meta: { format: 'text' },
    });
    const name = (length: number) => `Jane Roe, energy desk ${'x'.repeat(length - 22)}`;
    expect(box('About the author', name(80)).meta).toEqual({
      format: 'text',
      aboutAuthor: name(80),
    });
    expect(box('About the author', name(81)).meta).toEqual({ format: 'text' });
  });

  it('has at most 4 bio lines of at most 600 characters', () => {
    const bio = [
      'She covers energy.',
      'She lives in Baku.',
      'She speaks Azerbaijani.',
      'She joined in 2020.',
    ];
    expect(box('About Jane Roe', ...bio)).toMatchObject({
      body: [BODY, MORE],
      meta: { format: 'text', aboutAuthor: 'Jane Roe', authorBio: bio.join(' ') },
    });
    expect(box('About Jane Roe', ...bio, 'She likes tea.')).toMatchObject({
      body: [BODY, MORE, 'About Jane Roe', ...bio, 'She likes tea.'],
      meta: { format: 'text' },
    });
    const long = (length: number) => `She ${'x'.repeat(length - 5)}.`;
    expect(box('About Jane Roe', long(600)).meta).toEqual({
      format: 'text',
      aboutAuthor: 'Jane Roe',
      authorBio: long(600),
    });
    expect(box('About Jane Roe', long(601)).meta).toEqual({ format: 'text' });
  });

  it('is looked for in the last 10 lines', () => {
    const chrome = [
      'Share on Facebook',
      'Follow us on Twitter',
      'Advertisement',
      'Subscribe to our newsletter',
      'Read more:',
      '© 2024 Trend',
      'Share:',
      'Sponsored',
      'See also',
      'All rights reserved',
    ];
    expect(box('About Jane Roe', ...chrome.slice(0, 9)).meta).toEqual({
      format: 'text',
      aboutAuthor: 'Jane Roe',
      boilerplate: chrome.slice(0, 9),
    });
    expect(box('About Jane Roe', ...chrome)).toMatchObject({
      body: [BODY, MORE, 'About Jane Roe'],
      meta: { format: 'text', boilerplate: chrome },
    });
  });
});

describe('news text: boilerplate and line breaks', () => {
  it('leaves boilerplate out of the body, keeps it in the metadata and counts it', () => {
    const text = newsText(
      TITLE,
      'Follow us on Twitter',
      BODY,
      'Advertisement',
      MORE,
      'By Jane Roe'
    );
    expect(read(text)).toEqual({
      title: TITLE,
      description: BODY,
      categoryPath: [],
      tags: [],
      authors: ['Jane Roe'],
      body: [BODY, MORE],
      meta: { format: 'text', boilerplate: ['Follow us on Twitter', 'Advertisement'] },
      warnings: ['NO_BREADCRUMB', 'BOILERPLATE_LEFT_OUT'],
    });
    expect(detail(text, 'BOILERPLATE_LEFT_OUT')).toEqual({
      code: 'BOILERPLATE_LEFT_OUT',
      params: { count: 2, first: 'Follow us on Twitter' },
      message:
        'Left out 2 lines of site boilerplate ("Follow us on Twitter"…), kept in the source metadata',
    });
    expect(
      detail(newsText(TITLE, BODY, 'Advertisement', MORE), 'BOILERPLATE_LEFT_OUT')?.message
    ).toBe('Left out 1 line of site boilerplate ("Advertisement"…), kept in the source metadata');
  });

  it('a boilerplate line between two lines of a block ends the paragraph there', () => {
    expect(
      read(`${TITLE}\n\nThe ministers met on Monday and\nAdvertisement\nagreed on a plan.\n`)
    ).toMatchObject({
      body: ['The ministers met on Monday and', 'agreed on a plan.'],
      meta: { format: 'text', boilerplate: ['Advertisement'] },
    });
  });

  it('one line of body without blank lines is no reason to warn about the layout', () => {
    expect(read(`${TITLE}\n${BODY}\n`)).toMatchObject({
      body: [BODY],
      warnings: ['NO_BREADCRUMB', 'NO_BYLINE'],
    });
  });
});
