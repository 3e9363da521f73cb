import type { ArticleWarning } from '../../../../shared/contracts/warnings';
import type { DraftOptions } from '../draft';
import { readArticleFields } from '../fields';
import type { ArticleDraft } from '../types';
import { draftFromFields } from '../fields-draft';
import { readFrontMatter } from './front-matter';
import { markdownToBlocks } from './to-blocks';

/** Parses Markdown with an optional YAML front matter. Throws ParseFailure. */
export function parseMarkdown(
  text: string,
  options: DraftOptions & { warnings?: ArticleWarning[] } = {}
): ArticleDraft {
  const frontMatter = readFrontMatter(text);
  const fields = readArticleFields(frontMatter.data, 'Front matter: ', frontMatter.keyLine);
  if (fields.body !== undefined) {
    // A front-matter "body" key is not the body: the Markdown after the front matter is.
    fields.meta.extra = { ...fields.meta.extra, body: fields.body };
  }
  const warnings = [...(options.warnings ?? [])];
  const body = markdownToBlocks(frontMatter.body, warnings, frontMatter.bodyLine ?? 1);
  return draftFromFields(
    {
      format: 'markdown',
      fields,
      body,
      titleHint: 'add "title: …" to the front matter, or start the text with a "# Title" line',
      titleLine: frontMatter.keyLine('title'),
      bodyHint: 'write the article text after the front matter',
      warnings,
    },
    options
  );
}
