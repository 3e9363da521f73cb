import { parseHTML } from 'linkedom';
import { readJsonLd } from '../html/json-ld';
import { countElements, flattenDeepNesting, MAX_DEPTH } from '../html/limits';
import { removeNoise } from '../html/noise';
import { readMetaTags, readVisibleMeta } from '../html/page-meta';

/** A page's document, as the HTML parser loads it. */
const documentOf = (html: string): Document => parseHTML(html).document as unknown as Document;
const pageOf = (head: string, body: string, htmlAttributes = ''): Document =>
  documentOf(
    `<!doctype html><html${htmlAttributes}><head>${head}</head><body>${body}</body></html>`
  );

const ld = (...values: unknown[]) => readJsonLd(values.map((value) => JSON.stringify(value)));

describe('JSON-LD of a news page', () => {
  const article = {
    '@type': 'NewsArticle',
    headline: '  Oil deal signed in Baku  ',
    author: [
      { '@type': 'Person', name: 'Jane Roe' },
      'John Doe',
      { '@type': ['Organization', 'NewsMediaOrganization'], name: 'News Example' },
      { '@type': 'Person' },
      null,
    ],
    datePublished: '2024-03-01T10:00:00Z',
    keywords: 'Energy, Oil , ,Gas',
    articleSection: ['Economy', 'Energy'],
    mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://news.example/oil-deal' },
  };

  it('reads the article: trimmed texts, people and organisation apart, keyword lists', () => {
    expect(ld(article).article).toEqual({
      headline: 'Oil deal signed in Baku',
      description: undefined,
      authors: ['Jane Roe', 'John Doe'],
      publisher: 'News Example',
      datePublished: '2024-03-01T10:00:00Z',
      keywords: ['Energy', 'Oil', 'Gas'],
      sections: ['Economy', 'Energy'],
      url: 'https://news.example/oil-deal',
      inLanguage: undefined,
    });
  });

  it('reads values given as objects (@value, name) and as lists of them', () => {
    expect(
      ld({
        '@type': ['WebPage', 'ReportageNewsArticle'],
        headline: { '@value': 'Talks resume', '@language': 'en' },
        keywords: [{ '@type': 'DefinedTerm', name: 'Diplomacy' }, 'Europe, Asia'],
        mainEntityOfPage: 'https://news.example/talks',
        publisher: { '@type': 'Organization', name: 'Wire Service' },
      }).article
    ).toMatchObject({
      headline: 'Talks resume',
      keywords: ['Diplomacy', 'Europe', 'Asia'],
      url: 'https://news.example/talks',
      publisher: 'Wire Service',
      authors: [],
    });
  });

  it('gives no authors, keywords or sections when the article states none', () => {
    expect(ld({ '@type': 'BlogPosting', name: 'A post', keywords: '   ' }).article).toEqual({
      headline: 'A post',
      authors: [],
      keywords: [],
      sections: [],
      description: undefined,
      publisher: undefined,
      datePublished: undefined,
      url: undefined,
      inLanguage: undefined,
    });
    expect(ld({ '@type': 'Article', headline: '   ' }).article?.headline).toBeUndefined();
  });

  it('finds the article in lists and @graph, takes the first, skips nulls and broken scripts', () => {
    const found = readJsonLd([
      '{ not json',
      JSON.stringify(null),
      JSON.stringify([
        null,
        'text',
        { '@type': 'WebPage', name: 'The page' },
        {
          '@graph': [
            { '@type': 'NewsArticle', headline: 'First' },
            [{ '@type': 'NewsArticle', headline: 'Second' }],
          ],
        },
      ]),
    ]);
    expect(found.article?.headline).toBe('First');
  });

  it('reads at most 500 objects: an article as the 500th is found, as the 501st it is not', () => {
    const after = (count: number) =>
      ld({
        '@graph': [
          ...Array.from({ length: count - 2 }, (_, i) => ({ '@type': 'Thing', name: `${i}` })),
          { '@type': 'NewsArticle', headline: 'Late' },
        ],
      }).article?.headline;
    // The @graph holder is the first object.
    expect(after(500)).toBe('Late');
    expect(after(501)).toBeUndefined();
  });

  it('reads the breadcrumb in position order, by name or by item name', () => {
    expect(
      ld({
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 3, item: { '@id': '/e', name: 'Energy' } },
          { '@type': 'ListItem', position: '1', name: 'Home' },
          { '@type': 'ListItem', position: 2, name: 'Economy' },
          { '@type': 'ListItem', position: 4 },
          'Stray',
          null,
        ],
      }).breadcrumb
    ).toStrictEqual(['Home', 'Economy', 'Energy']);
  });

  it('orders breadcrumb items without positions as listed, and reads a single item', () => {
    expect(
      ld(
        { '@type': 'BreadcrumbList', itemListElement: [{ name: 'Home' }, { name: 'World' }] },
        { '@type': 'BreadcrumbList', itemListElement: [{ name: 'Other' }] }
      ).breadcrumb
    ).toEqual(['Home', 'World']);
    expect(ld({ '@type': 'BreadcrumbList', itemListElement: { name: 'Only' } }).breadcrumb).toEqual(
      ['Only']
    );
    expect(ld({ '@type': 'BreadcrumbList' }).breadcrumb).toEqual([]);
  });
});

describe('<meta> tags of a page', () => {
  it('reads Open Graph, article:* and the canonical link', () => {
    expect(
      readMetaTags(
        pageOf(
          `<meta property="og:title" content=" Oil   deal ">
           <meta name="description" content="The deal covers three fields.">
           <meta property="article:author" content="Jane Roe">
           <meta property="article:published_time" content="2024-03-01T10:00:00Z">
           <meta property="article:section" content="Economy">
           <meta property="article:tag" content="Energy"><meta property="article:tag" content=" ">
           <meta property="article:tag"><meta property="article:tag" content="Oil">
           <meta name="keywords" content="ignored, when, tags">
           <link rel="canonical" href=" https://news.example/oil-deal ">
           <meta property="og:url" content="https://news.example/og">
           <meta property="og:site_name" content="News Example">`,
          '<p>Text</p>',
          ' lang=" az "'
        )
      )
    ).toEqual({
      title: 'Oil deal',
      description: 'The deal covers three fields.',
      author: 'Jane Roe',
      publishedAt: '2024-03-01T10:00:00Z',
      section: 'Economy',
      tags: ['Energy', 'Oil'],
      url: 'https://news.example/oil-deal',
      siteName: 'News Example',
      locale: 'az',
    });
  });

  it('falls back to twitter:, name=author, keywords and og:url', () => {
    expect(
      readMetaTags(
        pageOf(
          `<meta name="twitter:title" content="Talks resume"><meta name="author" content="John Doe">
           <meta name="news_keywords" content="Diplomacy, , Europe"><link rel="canonical">
           <meta property="og:url" content="https://news.example/talks">`,
          '',
          ' lang=""'
        )
      )
    ).toMatchObject({
      title: 'Talks resume',
      author: 'John Doe',
      tags: ['Diplomacy', 'Europe'],
      url: 'https://news.example/talks',
      locale: undefined,
    });
    expect(readMetaTags(pageOf('<meta name="keywords" content="">', '')).tags).toEqual([]);
  });
});

describe('the visible page: breadcrumb, byline, date, dateline, tags', () => {
  it('reads them from their usual places', () => {
    expect(
      readVisibleMeta(
        pageOf(
          '',
          `<nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li>/</li>
             <li><a href="/economy">Economy</a></li><li>›</li><li></li><li>Energy</li></ol></nav>
           <article><span class="byline"></span><span class="author-name">By Jane Roe</span>
             <time datetime=" 2024-03-01 ">1 March 2024</time>
             <span class="dateline">BAKU</span>
             <div class="tags"><a href="/t/oil">#Oil</a><a href="/t/c">C#</a><a href="/t/oil2">Oil</a></div>
           </article>`
        )
      )
    ).toEqual({
      breadcrumb: ['Home', 'Economy', 'Energy'],
      byline: 'By Jane Roe',
      time: { text: '1 March 2024', datetime: '2024-03-01' },
      dateline: 'BAKU',
      tags: ['Oil', 'C#'],
    });
  });

  it('skips bylines in the comments and over 80 characters; finds a date by its class', () => {
    const long = `By ${'Someone Very Long '.repeat(5)}`.trim();
    const at80 = `By Jane Roe and ${'x'.repeat(80 - 'By Jane Roe and '.length)}`;
    expect(at80).toHaveLength(80);
    const read = (byline: string) =>
      readVisibleMeta(
        pageOf(
          '',
          `<div id="comments"><span class="author">Commenter Name</span></div>
           <span class="byline">${long}</span><span class="byline">${byline}</span>
           <span class="post-date">March 1, 2024</span>`
        )
      );
    expect(read(at80)).toMatchObject({ byline: at80, time: { text: 'March 1, 2024' } });
    expect(read(`${at80}x`).byline).toBeUndefined();
    expect(read(at80).time?.datetime).toBeUndefined();
  });

  it('reads nothing from a page without them', () => {
    expect(readVisibleMeta(pageOf('', '<p>Just text.</p>'))).toEqual({
      breadcrumb: [],
      tags: [],
    });
  });
});

describe('noise removal', () => {
  const remaining = (body: string, htmlAttributes = '') => {
    const document = pageOf('', body, htmlAttributes);
    removeNoise(document);
    return document.body.textContent?.replace(/\s+/gu, ' ').trim();
  };

  it('removes page furniture by tag, class, id, aria-label and role', () => {
    expect(
      remaining(
        `<nav>Menu</nav><aside>Aside</aside><footer>Footer</footer>
         <div class="story">Story text.</div><div class="box" id="comments">Comments</div>
         <section class="box" aria-label="Share">Share bar</section>
         <div role="complementary">Role</div><div role="main">Kept by role.</div>
         <div class="sidebar-left">Sidebar</div><div class="title">Kept by class.</div>
         <button>Button</button><script>var x;</script>`
      )
    ).toBe('Story text. Kept by role. Kept by class.');
  });

  it('keeps noise-marked parts that hold the headline or the article, and the page itself', () => {
    expect(
      remaining(
        `<div class="has-comments"><h1>Headline</h1></div>
         <div class="with-sidebar"><div itemprop="articleBody">Body.</div></div>
         <div class="promo-wrap"><article>Article.</article></div>
         <main class="main with-sidebar">Main.</main> <article class="has-ads">Ads article.</article>
         <div class="related"><p>Related.</p></div>`,
        ' class="cookie-consent"'
      )
    ).toBe('Headline Body. Article. Main. Ads article.');
    const document = documentOf(
      '<html class="cookie-banner"><body class="has-sidebar"><p>Kept.</p></body></html>'
    );
    removeNoise(document);
    expect(document.body.textContent).toBe('Kept.');
  });
});

describe('limits of hostile markup', () => {
  const depthOf = (element: Element): number =>
    Math.max(0, ...Array.from(element.children).map((child) => depthOf(child) + 1));

  it(`unwraps elements nested deeper than ${MAX_DEPTH} levels, keeping their text`, () => {
    // <html> is at depth 0, <body> at 1: the 58th <div> is at depth 59, the last one kept.
    const document = pageOf(
      '',
      `${'<div>'.repeat(58)}before${'<div>'.repeat(12)}<p>deep text</p>${'</div>'.repeat(12)}after${'</div>'.repeat(58)} <p>top</p>`
    );
    flattenDeepNesting(document.documentElement);
    expect(depthOf(document.documentElement)).toBe(MAX_DEPTH - 1);
    expect(document.body.textContent?.replace(/ +/gu, ' ').trim()).toBe(
      'before deep text after top'
    );
  });

  it('leaves a page within the limit as it is', () => {
    const body = `${'<div>'.repeat(MAX_DEPTH - 3)}<b>deep</b>${'</div>'.repeat(MAX_DEPTH - 3)}`;
    const document = pageOf('', body);
    flattenDeepNesting(document.documentElement);
    expect(depthOf(document.documentElement)).toBe(MAX_DEPTH - 1);
    expect(document.body.innerHTML).toBe(body);
  });

  it('counts elements, not text or comments, and stops just past the bound', () => {
    const document = pageOf('<title>T</title>', '<p>One <b>two</b></p><!-- c --><p>three</p>');
    // html, head, title, body, p, b, p
    expect(countElements(document.documentElement, 100)).toBe(7);
    expect(countElements(document.documentElement, 7)).toBe(7);
    expect(countElements(document.documentElement, 3)).toBe(4);
  });
});
