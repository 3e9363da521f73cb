import { bodyShapeWarnings, type Block } from '../../../../shared/contracts';
import { parseSource } from '../index';

const p = (text: string): Block => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const codes = (body: Block[]) => bodyShapeWarnings(body).map((w) => w.code);

describe('body shapes that are almost always a misreading', () => {
  it('accepts an ordinary body', () => {
    expect(codes([p(words(120)), p(words(250)), p('By the river, the town is quiet.')])).toEqual(
      []
    );
  });

  it('warns on a paragraph over 250 words, once, naming it', () => {
    const found = bodyShapeWarnings([p('Intro.'), p(words(251)), p(words(400))]);
    expect(found.map((w) => w.code)).toEqual(['LONG_PARAGRAPH']);
    expect(found[0].message).toMatch(/^The body's paragraph 2 is 251 words long \(over 250\)/);
  });

  it('warns on a body without paragraphs', () => {
    expect(
      codes([{ type: 'heading', level: 2, children: [{ type: 'text', text: 'Only a heading' }] }])
    ).toEqual(['NO_PARAGRAPHS']);
  });

  it('warns on a byline or an author box left in the body', () => {
    expect(codes([p('Text.'), p('By Jane Roe')])).toEqual(['BYLINE_IN_BODY']);
    expect(codes([p('Text.'), p('By Jane Roe, Reuters')])).toEqual(['BYLINE_IN_BODY']);
    expect(codes([p('Text.'), p('About the author')])).toEqual(['ABOUT_IN_BODY']);
    expect(codes([p('Text.'), p('About Jane Roe')])).toEqual(['ABOUT_IN_BODY']);
    // Inside a long paragraph (a whole article read as one).
    expect(codes([p(`${words(40)}. By Ayya Lmahamad. ${words(20)}`)])).toEqual(['BYLINE_IN_BODY']);
    // Ordinary sentences starting with "By" or "About" are not bylines.
    expect(codes([p('By Monday the port was open again, officials said.')])).toEqual([]);
    expect(codes([p('About 40 ships waited outside the port on Sunday.')])).toEqual([]);
  });

  it('the parser reports them with the other warnings (the CLI shows them too)', () => {
    const text = `# Port of Baku handles record cargo\n\n${words(300)}\n`;
    const [item] = parseSource(text, 'a.md');
    if (!item.ok) throw new Error(item.error.message);
    expect(item.draft.warnings[0]).toMatch(/paragraph 1 is 300 words long/);
  });
});
