import type { ArticleDraft } from '..';
import { parseHTML } from 'linkedom';
import { parseHtml } from '../html/parse';
import { countElements } from '../html/limits';
import { parseFailure, parseOne } from './helpers';

const documentOf = (html: string): Element =>
  (parseHTML(html).document as unknown as Document).documentElement;

/**
 * A whole news page → draft: where each field comes from when the page states it in several
 * places or in none, the header and footer lines Readability leaves in the article, and the
 * warnings that say what the page did not state.
 */
const page = (head: string, body: string): string =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

const jsonLd = (value: object): string =>
  `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

const STORY = [
  'The ministry signed the agreement in Baku on Monday, after three months of talks with the companies.',
  'The deal covers three offshore fields and runs for twenty years, the ministry said in a statement.',
  'Production is expected to start next year, once the platforms have been refitted for new wells.',
];
const story = STORY.map((text) => `<p>${text}</p>`).join('\n');

/** The page's paragraphs and other blocks as text. */
const bodyTexts = (draft: ArticleDraft): string[] =>
  draft.body.map((block) =>
    block.type === 'list'
      ? `list: ${block.children.length}`
      : `${block.type}: ${block.children
          .map((node) =>
            node.type === 'text' ? node.text : node.children.map((c) => c.text).join('')
          )
          .join('')}`
  );

const codes = (draft: ArticleDraft): string[] =>
  (draft.warningDetails ?? []).map((warning) => warning.code);

const parse = (html: string) => parseOne(html, 'page.html');

describe('HTML page → draft', () => {
  it('says what the page does not state: JSON-LD, category, byline', () => {
    const draft = parse(
      page('<title>Oil deal signed</title>', `<article><h1>Oil deal signed</h1>${story}</article>`)
    );
    expect(draft.title).toBe('Oil deal signed');
    expect(draft.warnings).toEqual([
      'The page has no JSON-LD article data: read the <meta> tags and the page instead',
      'No breadcrumb or section found: the article will have no category',
      'No byline found: the article will have no author',
    ]);
    expect(codes(draft)).toEqual(['NO_JSON_LD', 'NO_CATEGORY_ON_PAGE', 'NO_BYLINE']);
    expect(draft.sourceMeta.boilerplate).toBeUndefined();
  });

  it('gives no such warning for a page that states it all, and keeps the decoding warnings', () => {
    const draft = parse(
      page(
        jsonLd({
          '@type': 'NewsArticle',
          headline: 'Oil deal signed',
          author: { '@type': 'Person', name: 'Jane Roe' },
          articleSection: ['Economy', 'Energy'],
          datePublished: '2024-03-01',
        }),
        `<article><h1>Oil deal signed</h1>${story}\u0001</article>`
      )
    );
    expect(codes(draft)).toEqual(['CONTROL_CHARACTERS_REMOVED']);
    expect(draft.categoryPath).toEqual(['Economy']);
    expect(draft.authors).toEqual(['Jane Roe']);
  });

  it('reads a page with more elements than the bound whole, from its article element, and says so', () => {
    const html = page(
      '<title>Oil deal signed</title>',
      `<div class="menu">Menu text</div><article><h1>Oil deal signed</h1>${story}</article>`
    );
    // html, head, title, body, div, article, h1 and the three paragraphs.
    expect(countElements(documentOf(html), Infinity)).toBe(10);
    const over = parseHtml(html, { maxElements: 9 });
    expect(codes(over)).toContain('ARTICLE_NOT_SINGLED_OUT');
    expect(over.warnings).toContain(
      'Could not single out the article on the page: read all of its remaining text'
    );
    expect(bodyTexts(over)).toEqual(STORY.map((text) => `paragraph: ${text}`));
    expect(codes(parseHtml(html, { maxElements: 10 }))).not.toContain('ARTICLE_NOT_SINGLED_OUT');
    expect(codes(parse(html))).not.toContain('ARTICLE_NOT_SINGLED_OUT');
  });

  it('takes the section of the <meta> tags as the category when there is no breadcrumb', () => {
    const draft = parse(
      page(
        '<meta property="og:title" content="Oil deal signed"><meta property="article:section" content="Economy">',
        `<article>${story}</article>`
      )
    );
    expect(draft.categoryPath).toEqual(['Economy']);
    expect(codes(draft)).not.toContain('NO_CATEGORY_ON_PAGE');
  });

  describe('the breadcrumb as the category', () => {
    const categoryOf = (title: string, ...names: string[]) =>
      parse(
        page(
          `<meta property="og:title" content="${title}">${jsonLd({
            '@type': 'BreadcrumbList',
            itemListElement: names.map((name, index) => ({ position: index + 1, name })),
          })}`,
          `<article>${story}</article>`
        )
      ).categoryPath;

    it('drops the home item and the article itself, named in full or cut short', () => {
      expect(categoryOf('Oil deal', 'Home', 'Economy', 'Oil deal')).toEqual(['Economy']);
      expect(
        categoryOf('Oil deal signed in Baku after talks', 'Home', 'Economy', 'Oil deal signed in…')
      ).toEqual(['Economy']);
      expect(
        categoryOf('Oil deal signed in Baku after talks', 'Economy', 'Oil deal signed in...')
      ).toEqual(['Economy']);
    });

    it('keeps a last item shorter than 10 characters that only begins the title', () => {
      expect(categoryOf('Oil prices rise again', 'Markets', 'Oil prices')).toEqual(['Markets']);
      expect(categoryOf('Oil price rises again', 'Markets', 'Oil price')).toEqual([
        'Markets',
        'Oil price',
      ]);
      expect(categoryOf('Talks on the oil deal', 'Markets', 'Oil deal')).toEqual([
        'Markets',
        'Oil deal',
      ]);
    });
  });

  describe('the authors', () => {
    const authorsOf = (author: string, body = '') =>
      parse(
        page(
          `<meta property="og:title" content="Oil deal signed"><meta name="author" content="${author}">`,
          `<article>${body}${story}</article>`
        )
      ).authors;

    it('reads the <meta> author as a byline, or as a list of names', () => {
      expect(authorsOf('By Jane Roe, Reuters')).toEqual(['Jane Roe']);
      expect(authorsOf('Jane Roe, Abby Smith')).toEqual(['Jane Roe', 'Abby Smith']);
      expect(authorsOf('Byron Smith, Jane Roe')).toEqual(['Byron Smith', 'Jane Roe']);
    });

    it('falls back to the visible byline when the <meta> author names nobody', () => {
      expect(authorsOf(',', '<p class="byline">By John Doe</p>')).toEqual(['John Doe']);
    });

    it("falls back to the byline Readability finds (an id the page's class rules miss)", () => {
      const draft = parse(
        page(
          '<meta property="og:title" content="Oil deal signed">',
          `<article><div id="byline">By John Doe</div>${story}</article>`
        )
      );
      expect(draft.authors).toEqual(['John Doe']);
      expect(codes(draft)).not.toContain('NO_BYLINE');
    });
  });

  it('reads the header and footer lines Readability leaves in, and keeps them out of the body', () => {
    const draft = parse(
      page(
        jsonLd({ '@type': 'NewsArticle', headline: 'Oil deal signed in Baku' }),
        `<article>
           <p>Oil deal signed in Baku</p>
           <p>March 1, 2024</p>
           <p>BAKU, March 2</p>
           ${story}
           <blockquote>By Jane Roe</blockquote>
           <pre>March 3, 2024</pre>
           <ul><li>Tags: gas</li></ul>
           <p>Tags: energy, oil</p>
           <h4>Read more</h4>
           <p>About Jane Roe</p>
           <p>Follow us on Twitter</p>
         </article>`
      )
    );
    expect(bodyTexts(draft)).toEqual([
      ...STORY.map((text) => `paragraph: ${text}`),
      'quote: By Jane Roe',
      'code: March 3, 2024',
      'list: 1',
    ]);
    expect(draft.tags).toEqual(['energy', 'oil']);
    expect(draft.authors).toEqual([]);
    expect(draft.sourceMeta).toMatchObject({
      publishedAt: '2024-03-01',
      dateText: 'March 1, 2024',
      dateline: 'BAKU',
      aboutAuthor: 'Jane Roe',
      boilerplate: ['Follow us on Twitter'],
    });
  });

  it('prefers the tag links of the page to a tags line', () => {
    const draft = parse(
      page(
        '<meta property="og:title" content="Oil deal signed">',
        `<article>${story}<p>Tags: energy, oil</p></article><div class="tags"><a href="/t/gas">Gas</a></div>`
      )
    );
    expect(draft.tags).toEqual(['Gas']);
  });

  it('reads the dateline element of the page, and ignores one that is no dateline', () => {
    const datelineOf = (text: string) =>
      parse(
        page(
          '<meta property="og:title" content="Oil deal signed">',
          `<article><span class="dateline">${text}</span>${story}</article>`
        )
      ).sourceMeta.dateline;
    expect(datelineOf('LONDON, Sept 12')).toBe('LONDON');
    expect(datelineOf('Updated')).toBeUndefined();
  });

  it('keeps only an absolute http(s) URL as the source URL', () => {
    const urlOf = (head: string) =>
      parse(
        page(
          `<meta property="og:title" content="Oil deal signed">${head}`,
          `<article>${story}</article>`
        )
      ).sourceMeta.sourceUrl;
    expect(
      urlOf(
        `${jsonLd({ '@type': 'NewsArticle', url: '/oil-deal' })}<link rel="canonical" href="http://news.example/oil-deal">`
      )
    ).toBe('http://news.example/oil-deal');
    expect(urlOf('<link rel="canonical" href="/oil-deal">')).toBeUndefined();
  });

  it('takes the title from Readability when the page has no og:title, JSON-LD or <h1>', () => {
    const draft = parse(
      page('<title>Oil deal signed in Baku | News Example</title>', `<article>${story}</article>`)
    );
    expect(draft.title).toBe('Oil deal signed in Baku');
  });

  it('reads a page that opens with <html lang> and no doctype like any other', () => {
    const draft = parse(
      `<html lang="en"><head><title>Oil deal signed in Baku | News Example</title></head>
       <body><article>${story}</article></body></html>`
    );
    expect(draft.title).toBe('Oil deal signed in Baku');
  });

  it('takes the <title> without the site name when Readability is skipped', () => {
    const titled = page(
      '<title>Oil deal signed in Baku | News Example</title>',
      `<article>${story}</article>`
    );
    expect(parseHtml(titled, { maxElements: 1 }).title).toBe('Oil deal signed in Baku');
    expect(() => parseHtml(page('', `<article>${story}</article>`), { maxElements: 1 })).toThrow(
      /has no title/
    );
  });

  it('says where to look when the page has no title or no text', () => {
    expect(parseFailure(page('', `<div>${story}</div>`), 'page.html').message).toContain(
      'the page has no <h1>, <title>, og:title or JSON-LD headline: add one'
    );
    expect(
      parseFailure(page('<title>Only a title</title>', '<p> </p>'), 'page.html').message
    ).toContain('the page has no article text Readability could find');
  });
});
