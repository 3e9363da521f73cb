import { parseSource } from '..';
import { parseFailure, parseOne, heavyIt } from './helpers';

const page = (head: string, body: string): string =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

const paragraphs = (count: number): string =>
  Array.from(
    { length: count },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the article tells what happened in Baku on Monday, in enough words to be read as the article.</p>`
  ).join('');

describe('HTML pages', () => {
  it('lets JSON-LD win over <meta> and the visible page when they disagree', () => {
    const ld = {
      '@type': 'NewsArticle',
      headline: 'The JSON-LD headline',
      author: { '@type': 'Person', name: 'Jane Roe' },
      datePublished: '2024-03-01T10:00:00Z',
      keywords: ['Energy'],
    };
    const draft = parseOne(
      page(
        `<meta property="og:title" content="The og title"><meta name="author" content="Meta Author">
         <meta property="article:published_time" content="2023-01-01T00:00:00Z">
         <script type="application/ld+json">${JSON.stringify(ld)}</script>`,
        `<article><h1>The visible title</h1><p class="byline">By Someone Else</p>${paragraphs(3)}</article>`
      ),
      'page.html'
    );
    expect(draft.title).toBe('The JSON-LD headline');
    expect(draft.authors).toEqual(['Jane Roe']);
    expect(draft.tags).toEqual(['Energy']);
    expect(draft.sourceMeta).toMatchObject({ format: 'html', publishedAt: '2024-03-01T10:00:00Z' });
    expect(JSON.stringify(draft.body)).not.toContain('Someone Else');
  });

  it('keeps links (absolute, safe schemes only) and emphasis; drops scripts, styles and ads', () => {
    const draft = parseOne(
      page(
        '<link rel="canonical" href="https://news.example/a/b"><style>p{}</style>',
        `<article><h1>Title of the page</h1>${paragraphs(2)}
         <p>See <a href="/report">the <strong>report</strong></a>, <a href="javascript:alert(1)">this</a>
         and <em>more</em> <s>old</s> <code>x=1</code>.</p>
         <script>document.write('tracking')</script><div class="advert">Buy now</div></article>`
      ),
      'page.html'
    );
    const last = draft.body[draft.body.length - 1];
    expect(last).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'See ' },
        {
          type: 'link',
          url: 'https://news.example/report',
          children: [
            { type: 'text', text: 'the ' },
            { type: 'text', text: 'report', bold: true },
          ],
        },
        { type: 'text', text: ', this and ' },
        { type: 'text', text: 'more', italic: true },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'old', strikethrough: true },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'x=1', code: true },
        { type: 'text', text: '.' },
      ],
    });
    const json = JSON.stringify(draft.body);
    expect(json).not.toMatch(/tracking|Buy now|p\{\}/);
  });

  it('says what is missing when the page has no title or no text', () => {
    expect(parseFailure(page('', '<div>   </div>'), 'empty.html').code).toMatch(/NO_TITLE|NO_BODY/);
    expect(parseFailure(page('<title>Only a title</title>', ''), 'a.html')).toMatchObject({
      code: 'NO_BODY',
    });
  });

  heavyIt(
    'survives deeply nested and very large markup (a draft or a clear error, never INTERNAL)',
    () => {
      const deep = page(
        '<title>Deep</title>',
        `${'<div>'.repeat(5000)}text${'</div>'.repeat(5000)}`
      );
      const wide = page('<title>Wide</title>', `<article>${paragraphs(5000)}</article>`);
      for (const input of [deep, wide]) {
        const [item] = parseSource(input, 'big.html');
        expect(item.ok ? 'ok' : item.error.code).not.toBe('INTERNAL');
      }
    }
  );
});
