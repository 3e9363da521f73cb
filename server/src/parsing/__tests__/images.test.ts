import { parseFailure, parseOne } from './helpers';

const front = (lines: string) =>
  `---\ntitle: A story with pictures\n${lines}\n---\n\nThe first paragraph of the story, long enough to be a lead.\n`;

describe('pictures: cover fields', () => {
  it('takes a cover path relative to the file, its alt text and its caption', () => {
    const draft = parseOne(
      front('cover: images/cat.jpg\ncoverAlt: "  A cat  "\ncaption: A cat on a mat'),
      'a.md'
    );
    expect(draft.sourceMeta.cover).toBe('images/cat.jpg');
    expect(draft.sourceMeta.coverAlt).toBe('A cat');
    expect(draft.sourceMeta.coverCaption).toBe('A cat on a mat');
    expect(draft.sourceMeta.extra).toBeUndefined();
  });

  it('takes an https address and a Media Library URL', () => {
    expect(parseOne(front('cover: https://cdn.example.com/a.jpg'), 'a.md').sourceMeta.cover).toBe(
      'https://cdn.example.com/a.jpg'
    );
    expect(parseOne(front('cover: /uploads/a_1.jpg'), 'a.md').sourceMeta.cover).toBe(
      '/uploads/a_1.jpg'
    );
  });

  it.each([
    ['data:image/png;base64,AAAA', 'protocol that is not allowed'],
    ['javascript:alert(1)', 'protocol that is not allowed'],
    ['//evil.example/a.jpg', 'protocol-relative'],
    ['images/my cat.jpg', 'spaces'],
  ])('refuses the cover %s, saying why', (cover, why) => {
    const error = parseFailure(front(`cover: "${cover}"`), 'a.md');
    expect(error.code).toBe('INVALID_FIELD');
    expect(error.message).toContain('"cover"');
    expect(error.message).toContain(why);
  });

  it('reads coverAlt and caption from JSON', () => {
    const draft = parseOne(
      JSON.stringify({
        title: 'A JSON story',
        cover: 'pics/a.png',
        coverAlt: 'Alt',
        caption: 'Caption',
        body: 'The body of the JSON story, a paragraph.',
      }),
      'a.json'
    );
    expect(draft.sourceMeta).toMatchObject({
      cover: 'pics/a.png',
      coverAlt: 'Alt',
      coverCaption: 'Caption',
    });
  });
});

describe('pictures: Markdown body images', () => {
  it('makes a paragraph of pictures image blocks, with alt and caption', () => {
    const draft = parseOne(
      `${front('')}\n![A dog](img/dog.png "A good dog")\n![](https://example.com/b.jpg)\n\nMore text.\n`,
      'a.md'
    );
    expect(draft.body).toEqual([
      expect.objectContaining({ type: 'paragraph' }),
      {
        type: 'image',
        image: { url: 'img/dog.png', alternativeText: 'A dog', caption: 'A good dog' },
        children: [{ type: 'text', text: '' }],
      },
      {
        type: 'image',
        image: { url: 'https://example.com/b.jpg', alternativeText: null, caption: null },
        children: [{ type: 'text', text: '' }],
      },
      expect.objectContaining({ type: 'paragraph' }),
    ]);
    expect(draft.warningDetails?.map((w) => w.code)).not.toContain('IMAGE_NOT_IMPORTED');
  });

  it('keeps a picture among text as a link, with a warning', () => {
    const draft = parseOne(`${front('')}\nText ![inline](x.png) here.\n`, 'a.md');
    expect(draft.body.some((block) => block.type === 'image')).toBe(false);
    expect(draft.warningDetails?.map((w) => w.code)).toContain('IMAGE_NOT_IMPORTED');
  });

  it('keeps a picture with a refused source as text, not an image block', () => {
    const draft = parseOne(`${front('')}\n![x](data:image/png;base64,AAAA)\n`, 'a.md');
    expect(draft.body.some((block) => block.type === 'image')).toBe(false);
  });
});

describe('pictures: a web page cover', () => {
  const page = (head: string, body = '') =>
    `<html><head>${head}</head><body><article><h1>The title of the page</h1>${body}<p>A long enough paragraph of the article's text, about what happened today in the city.</p></article></body></html>`;

  it('takes og:image made absolute with the page URL, and og:image:alt', () => {
    const draft = parseOne(
      page(
        '<link rel="canonical" href="https://news.example/a/b"><meta property="og:image" content="/pic.jpg"><meta property="og:image:alt" content="The square">'
      ),
      'p.html'
    );
    expect(draft.sourceMeta.cover).toBe('https://news.example/pic.jpg');
    expect(draft.sourceMeta.coverAlt).toBe('The square');
  });

  it('else the first figure, with its alt and figcaption, relative to the file without a page URL', () => {
    const draft = parseOne(
      page(
        '',
        '<figure><img src="pics/a.jpg" alt="A square"><figcaption>The square at noon</figcaption></figure>'
      ),
      'p.html'
    );
    expect(draft.sourceMeta).toMatchObject({
      cover: 'pics/a.jpg',
      coverAlt: 'A square',
      coverCaption: 'The square at noon',
    });
  });

  it('has no cover when the page has no picture, or only a refused one', () => {
    expect(parseOne(page(''), 'p.html').sourceMeta.cover).toBeUndefined();
    expect(
      parseOne(page('<meta property="og:image" content="javascript:alert(1)">'), 'p.html')
        .sourceMeta.cover
    ).toBeUndefined();
  });
});
