/**
 * Body shapes that are almost always a misreading of the source (a whole article read as one
 * paragraph, a byline or author box left in the text). The parser adds their messages to the
 * draft's warnings (so the CLI report shows them too); the admin shows the same ones loudly.
 * Pure functions over the blocks JSON: no Strapi, no Node.
 */
import type { Block, InlineNode } from './blocks';
import { articleWarning, type ArticleWarning } from './warnings';
import { countLetterWords } from './words';

/** A paragraph longer than this many words is almost always several read as one. */
export const LONG_PARAGRAPH_WORDS = 250;

export type BodyShapeCode = 'LONG_PARAGRAPH' | 'NO_PARAGRAPHS' | 'BYLINE_IN_BODY' | 'ABOUT_IN_BODY';

export type BodyShapeWarning = ArticleWarning<BodyShapeCode>;

const inlineText = (nodes: InlineNode[]): string =>
  nodes.map((node) => (node.type === 'link' ? inlineText(node.children) : node.text)).join('');

/** The text of a block (an image has none). */
export const blockPlainText = (block: Block): string => {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
    case 'quote':
      return inlineText(block.children);
    case 'code':
      return block.children.map((node) => node.text).join('');
    case 'list':
      return block.children
        .map((item) =>
          item.type === 'list-item' ? inlineText(item.children) : blockPlainText(item)
        )
        .join('\n');
    case 'image':
      return '';
  }
};

const words = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));

const NAME = String.raw`\p{Lu}[\p{L}'’.-]+`;
/** "By Jane Roe", "By Jane Roe, Reuters", "Author: Jane Roe" (also in Russian and Azerbaijani). */
const BYLINE = new RegExp(
  String.raw`(?:^|\n)\s*(?:By|BY|Author:|Автор:?|Müəllif:?)\s+${NAME}(?:\s+${NAME}){0,3}\s*(?:[,|–—-][^\n]{0,60})?\s*(?:\n|$)`,
  'u'
);
/** "About the author", "About Jane Roe" on a short line of its own. */
const ABOUT = new RegExp(
  String.raw`(?:^|\n)\s*(?:About the author|About\s+${NAME}(?:\s+${NAME}){0,3})\s*(?:\n|$)`,
  'u'
);
/** A byline at the very start or end of a long paragraph (a whole article read as one). */
const BYLINE_INSIDE = new RegExp(
  String.raw`(?:^|[.!?]\s+)By\s+${NAME}\s+${NAME}(?:\s*[,.]|\s*$)`,
  'u'
);
const ABOUT_INSIDE = new RegExp(String.raw`(?:^|[.!?]\s+)About the author\b`, 'u');

/** A short excerpt for a message: the first words of a paragraph. */
const excerpt = (text: string, max = 8) => {
  const list = words(text.trim());
  return list.length <= max ? list.join(' ') : `${list.slice(0, max).join(' ')}…`;
};

/**
 * What looks misread in a body, at most one warning per code (the first paragraph showing it).
 * `paragraph N` counts the body's blocks from 1, as the preview shows them.
 */
export const bodyShapeWarnings = (body: readonly Block[]): BodyShapeWarning[] => {
  const found = new Map<BodyShapeCode, BodyShapeWarning>();
  const add = (warning: BodyShapeWarning) => {
    if (!found.has(warning.code)) found.set(warning.code, warning);
  };
  const paragraphs = body.filter((block) => block.type === 'paragraph');
  if (body.length > 0 && paragraphs.length === 0) {
    add(
      articleWarning(
        'NO_PARAGRAPHS',
        {},
        'The body has no paragraphs (only headings, lists, quotes or code): check that the text was read as the article.'
      )
    );
  }
  body.forEach((block, index) => {
    if (block.type !== 'paragraph' && block.type !== 'quote') return;
    const text = blockPlainText(block);
    const count = countLetterWords(text);
    const paragraph = index + 1;
    const where = `paragraph ${paragraph}`;
    if (count > LONG_PARAGRAPH_WORDS) {
      add(
        articleWarning(
          'LONG_PARAGRAPH',
          { paragraph, words: count, max: LONG_PARAGRAPH_WORDS },
          `The body's ${where} is ${count} words long (over ${LONG_PARAGRAPH_WORDS}): several paragraphs were probably read as one. Separate the paragraphs with blank lines and preview again.`
        )
      );
    }
    const shortLine = count <= 12;
    // Quoted as found: the line itself, or the words of the byline inside a long paragraph.
    const byline = shortLine ? BYLINE.exec(text) : BYLINE_INSIDE.exec(text);
    if (byline) {
      const quoted = excerpt(byline[0].replace(/^[.!?]\s+/, ''));
      add(
        articleWarning(
          'BYLINE_IN_BODY',
          { paragraph, excerpt: quoted },
          `The body's ${where} holds a byline ("${quoted}"): it will be stored as article text. Put the byline on its own line under the title, or remove it.`
        )
      );
    }
    const about = shortLine ? ABOUT.exec(text) : ABOUT_INSIDE.exec(text);
    if (about) {
      const quoted = excerpt(about[0].replace(/^[.!?]\s+/, ''));
      add(
        articleWarning(
          'ABOUT_IN_BODY',
          { paragraph, excerpt: quoted },
          `The body's ${where} holds an author box ("${quoted}"): it will be stored as article text. Put "About …" on its own line at the end, or remove it.`
        )
      );
    }
  });
  return [...found.values()];
};
