import { parseHTML } from 'linkedom';
import { htmlToBlocks } from '../html/to-blocks';
import { item, t } from './helpers';

/**
 * The article's DOM → blocks, on the element Readability hands over (here a page's <body>), so
 * that each rule is seen without Readability's own rewriting in between.
 */
const blocksOf = (body: string, base?: string) =>
  htmlToBlocks(
    parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`).document
      .body as unknown as Node,
    base
  );

const paragraph = (...children: object[]) => ({ type: 'paragraph', children });
const link = (url: string, ...children: object[]) => ({ type: 'link', url, children });
const BASE = 'https://news.example/world/2024/oil-deal';

describe('HTML article → blocks', () => {
  it('reads headings at their level, paragraphs, and drops empty ones', () => {
    expect(
      blocksOf(
        `<h2>What was agreed</h2><p>The deal covers <b>three</b> fields.</p>
         <h3>  </h3><p>&nbsp;</p><p> <strong> </strong> </p><h4>Next steps</h4>`
      )
    ).toStrictEqual([
      { type: 'heading', level: 2, children: [t('What was agreed')] },
      paragraph(t('The deal covers '), t('three', { bold: true }), t(' fields.')),
      { type: 'heading', level: 4, children: [t('Next steps')] },
    ]);
  });

  it('keeps a paragraph of emphasised words separated by plain spaces', () => {
    expect(blocksOf('<p><em>Oil</em> <em>gas</em></p>')).toStrictEqual([
      paragraph(t('Oil', { italic: true }), t(' '), t('gas', { italic: true })),
    ]);
  });

  it('turns loose text between blocks into paragraphs, and separates lines at <br>', () => {
    expect(
      blocksOf(
        `<div>Loose text with <a href="https://news.example/a">a link</a>
           <div><p>Inside</p></div>after the block<!-- an editor's note --></div>
         <p>Line one<br>Line two</p><hr><p>After the rule</p>`
      )
    ).toStrictEqual([
      paragraph(t('Loose text with '), link('https://news.example/a', t('a link'))),
      paragraph(t('Inside')),
      paragraph(t('after the block')),
      paragraph(t('Line one Line two')),
      paragraph(t('After the rule')),
    ]);
  });

  it('reads the paragraphs of a definition list and of a <dd> one by one', () => {
    expect(
      blocksOf('<dl><dt>Signed</dt><dd><p>In Baku.</p><p>On Monday.</p></dd></dl>')
    ).toStrictEqual([paragraph(t('Signed')), paragraph(t('In Baku.')), paragraph(t('On Monday.'))]);
  });

  it('leaves out images, video fallback text and captions, inside text and between blocks', () => {
    expect(
      blocksOf(
        `<p>Watch <video src="v.mp4">Your browser cannot play this video.</video>the signing
         <picture><source srcset="a.webp"><img src="a.jpg" alt="The signing"></picture>live.</p>
         <video src="w.mp4">No video support.</video><audio>No audio.</audio>`
      )
    ).toStrictEqual([paragraph(t('Watch the signing live.'))]);
  });

  it('collapses the whitespace of pretty-printed markup, inside links too', () => {
    expect(
      blocksOf(
        `<p>See <span> the</span>
            full   <a href="https://news.example/r">text
               of the   deal</a>.</p>`
      )
    ).toStrictEqual([
      paragraph(t('See the full '), link('https://news.example/r', t('text of the deal')), t('.')),
    ]);
  });

  it('keeps marks inside links and links inside marks', () => {
    expect(
      blocksOf('<p>Read <em><a href="https://news.example/r">the report</a></em> now.</p>')
    ).toStrictEqual([
      paragraph(
        t('Read '),
        link('https://news.example/r', t('the report', { italic: true })),
        t(' now.')
      ),
    ]);
  });

  it('trims the text at the edges of a paragraph inside the links that open and close it', () => {
    expect(
      blocksOf(
        `<p><a href="https://news.example/a"> Breaking: <em>deal signed</em></a> in Baku,
         read <a href="https://news.example/b">the <strong>full report </strong></a></p>`
      )
    ).toStrictEqual([
      paragraph(
        link('https://news.example/a', t('Breaking: '), t('deal signed', { italic: true })),
        t(' in Baku, read '),
        link('https://news.example/b', t('the '), t('full report', { bold: true }))
      ),
    ]);
  });

  it('keeps a paragraph that is only a link', () => {
    expect(blocksOf('<p><a href="https://news.example/full">Full story</a></p>')).toStrictEqual([
      paragraph(link('https://news.example/full', t('Full story'))),
    ]);
  });

  it('resolves relative links against the page URL; absolute ones stay as written', () => {
    expect(
      blocksOf(
        `<p><a href="/wiki/Category:Energy">Energy</a>, <a href="../2023/talks">talks</a>,
         <a href="HTTPS://Other.Example">elsewhere</a>, <a href=" https://news.example/t ">trimmed</a>,
         <a href="mailto:desk@news.example">mail</a>.</p>`,
        BASE
      )
    ).toStrictEqual([
      paragraph(
        link('https://news.example/wiki/Category:Energy', t('Energy')),
        t(', '),
        link('https://news.example/world/2023/talks', t('talks')),
        t(', '),
        link('HTTPS://Other.Example', t('elsewhere')),
        t(', '),
        link('https://news.example/t', t('trimmed')),
        t(', '),
        link('mailto:desk@news.example', t('mail')),
        t('.')
      ),
    ]);
  });

  it('keeps site paths as written when the page URL is not known', () => {
    expect(blocksOf('<p><a href="/world/talks">talks</a></p>')).toStrictEqual([
      paragraph(link('/world/talks', t('talks'))),
    ]);
  });

  it('reads in-page anchors, empty, script and unusable links as their text only', () => {
    expect(
      blocksOf(
        `<p><a href="#notes">notes</a>, <a href="">empty</a>, <a>no href</a>,
         <a href="javascript:alert(1)">script</a>, <a href="JavaScript:void(0)">upper</a>,
         <a href="//[bad">broken</a> and <a href="https://news.example/icon">  </a>end</p>`,
        BASE
      )
    ).toStrictEqual([paragraph(t('notes, empty, no href, script, upper, broken and end'))]);
  });

  it('keeps a link whose text has a blank part, and flattens a link nested in a link', () => {
    expect(
      blocksOf(
        `<p><a href="https://news.example/photo">
           <strong>Photo</strong> story</a> and <a href="https://news.example/outer">outer
           <a href="https://news.example/inner">inner</a></a></p>`
      )
    ).toStrictEqual([
      paragraph(
        link('https://news.example/photo', t('Photo', { bold: true }), t(' story')),
        t(' and '),
        link('https://news.example/outer', t('outer inner'))
      ),
    ]);
  });

  it('reads lists: ordered, unordered, nested, with block content in an item', () => {
    expect(
      blocksOf(
        `<ol><li>First</li><li><p>Second</p><p>part</p></li></ol>
         <ul><li>Fruit<ul><li>Apple</li><li>Pear<ol><li>Conference</li></ol></li></ul></li>
           <li><ul><li>Only nested</li></ul></li><li>Veg<ul></ul></li><span>stray</span></ul>
         <ul></ul><ol><li>  </li></ol>`
      )
    ).toStrictEqual([
      { type: 'list', format: 'ordered', children: [item(t('First')), item(t('Second part'))] },
      {
        type: 'list',
        format: 'unordered',
        children: [
          item(t('Fruit')),
          {
            type: 'list',
            format: 'unordered',
            indentLevel: 1,
            children: [
              item(t('Apple')),
              item(t('Pear')),
              {
                type: 'list',
                format: 'ordered',
                indentLevel: 2,
                children: [item(t('Conference'))],
              },
            ],
          },
          {
            type: 'list',
            format: 'unordered',
            indentLevel: 1,
            children: [item(t('Only nested'))],
          },
          item(t('Veg')),
        ],
      },
    ]);
  });

  it('gives a top-level list no indent level', () => {
    const [list] = blocksOf('<ul><li>One</li></ul>');
    expect(list).not.toHaveProperty('indentLevel');
  });

  it("joins a quote's paragraphs and leaves its lists and code out", () => {
    expect(
      blocksOf(
        `<blockquote><p>We agreed.</p><h3>Today</h3><ul><li>a list</li></ul><pre>code()</pre>
           <p>It holds.</p></blockquote><blockquote> <p> </p> </blockquote>`
      )
    ).toStrictEqual([{ type: 'quote', children: [t('We agreed. Today It holds.')] }]);
  });

  it('keeps code as written, without its last line end; drops an empty <pre>', () => {
    expect(
      blocksOf('<pre><code>const a = 1;\n  if (a) {\n    go();\n  }\n</code></pre><pre>  \n</pre>')
    ).toStrictEqual([{ type: 'code', children: [t('const a = 1;\n  if (a) {\n    go();\n  }')] }]);
  });

  it('reads a table row by row, non-empty cells joined, whitespace collapsed', () => {
    expect(
      blocksOf(
        `<table><thead><tr><th> City </th><th>Output,
             barrels</th></tr></thead>
           <tbody><tr><td>Baku</td><td></td><td>12 000</td></tr><tr><td> </td></tr></tbody></table>`
      )
    ).toStrictEqual([paragraph(t('City | Output, barrels')), paragraph(t('Baku | 12 000'))]);
  });
});
