import { articleWarning, type ArticleWarning } from '../../../../shared/contracts/warnings';
import {
  normalizeInlines,
  textNode,
  type InlineNode,
  type TextMarks,
  type TextNode,
} from '../blocks';
import { fail } from '../errors';
import { isAllowedLinkUrl, isStorableLink, LINK_RULE, linkUrlProblem } from '../links';
import type { Token } from './tokens';

interface OpenLink {
  url: string;
  children: TextNode[];
}

const shown = (url: string) => JSON.stringify(url.length > 80 ? `${url.slice(0, 80)}…` : url);

/**
 * Converts the children of a markdown-it `inline` token to Strapi inline nodes. A link whose URL
 * breaks the URL rules is an INVALID_FIELD error (`line`: where the text is, when known).
 */
export function convertInline(
  tokens: readonly Token[] | null,
  warnings: ArticleWarning[],
  line?: number
): InlineNode[] {
  const out: InlineNode[] = [];
  const marks: TextMarks = {};
  let link: OpenLink | undefined;
  let droppedLink = false;
  const pushText = (text: string, extra: TextMarks = {}): void => {
    const node = textNode(text, { ...marks, ...extra });
    if (link) link.children.push(node);
    else out.push(node);
  };
  // Stryker disable next-line ArrayDeclaration: equivalent, markdown-it gives every inline token a children array
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'code_inline':
        pushText(token.content, { code: true });
        break;
      case 'softbreak':
        pushText(' ');
        break;
      case 'hardbreak':
        pushText('\n');
        break;
      case 'strong_open':
      case 'strong_close':
        marks.bold = token.nesting === 1;
        break;
      case 'em_open':
      case 'em_close':
        marks.italic = token.nesting === 1;
        break;
      case 's_open':
      case 's_close':
        marks.strikethrough = token.nesting === 1;
        break;
      case 'link_open': {
        // Stryker disable next-line StringLiteral: equivalent, markdown-it's link_open always has an href
        const url = token.attrGet('href') ?? '';
        const problem = linkUrlProblem(url);
        if (problem) {
          fail(
            'INVALID_FIELD',
            `body: the link to ${shown(url)}${line === undefined ? '' : ` on line ${line}`} ${problem}; ${LINK_RULE}.`,
            line
          );
        }
        if (isStorableLink(url)) link = { url, children: [] };
        else {
          droppedLink = true;
          warnings.push(
            articleWarning(
              'LINK_KEPT_AS_TEXT',
              { url },
              `Link to ${shown(url)} kept as plain text: Strapi's rich text cannot hold links that start with # or ?`
            )
          );
        }
        break;
      }
      case 'link_close':
        if (link) out.push({ type: 'link', url: link.url, children: link.children });
        link = undefined;
        droppedLink = false;
        break;
      case 'image': {
        // Stryker disable next-line StringLiteral: equivalent, markdown-it's image always has a src
        const src = token.attrGet('src') ?? '';
        const alt = token.content || src;
        warnings.push(
          articleWarning(
            'IMAGE_NOT_IMPORTED',
            { src },
            `Image "${src}" is not imported into the body: upload it to the Media Library (or set it as cover)`
          )
        );
        if (link || droppedLink || !isAllowedLinkUrl(src)) pushText(alt);
        else out.push({ type: 'link', url: src, children: [textNode(alt, marks)] });
        break;
      }
      default:
        // text, text_special (backslash escapes, entities) and html_inline (raw HTML is off, so
        // not made): their content as text.
        pushText(token.content);
    }
  }
  // markdown-it closes every link it opens: no link is left open here.
  return normalizeInlines(out);
}
