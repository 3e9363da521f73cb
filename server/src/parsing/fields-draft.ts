import { articleWarning, type ArticleWarning } from '../../../shared/contracts/warnings';
import { inlineText, type Block } from './blocks';
import { buildDraft, type DraftOptions } from './draft';
import type { ArticleFields } from './fields';
import type { ArticleDraft, InputFormat } from './types';

export interface FieldsDraftInput {
  format: InputFormat;
  fields: ArticleFields;
  body: Block[];
  titleHint: string;
  titleLine?: number;
  bodyHint: string;
  warnings?: ArticleWarning[];
}

/** Without a `title` field, the first level-1 heading is the title and leaves the body. */
function takeHeadingTitle(fields: ArticleFields, body: Block[]): { title?: string; body: Block[] } {
  if (fields.title) return { title: fields.title, body };
  const heading = body.find((block) => block.type === 'heading' && block.level === 1);
  if (heading?.type !== 'heading') return { title: undefined, body };
  return { title: inlineText(heading.children), body: body.filter((block) => block !== heading) };
}

/** Builds a draft from named fields (front matter or JSON) and an already converted body. */
export function draftFromFields(input: FieldsDraftInput, options: DraftOptions): ArticleDraft {
  const { fields } = input;
  const { title, body } = takeHeadingTitle(fields, input.body);
  const warnings = [...(input.warnings ?? []), ...fields.warnings];
  if (fields.categoryPath.length === 0) {
    warnings.push(
      articleWarning(
        'NO_CATEGORY_GIVEN',
        {},
        'No category given: the article will have no category'
      )
    );
  }
  if (fields.authors.length === 0) {
    warnings.push(
      articleWarning('NO_AUTHORS_GIVEN', {}, 'No authors given: the article will have no author')
    );
  }
  return buildDraft(
    {
      format: input.format,
      title,
      titleLine: input.titleLine,
      titleHint: input.titleHint,
      slug: fields.slug,
      description: fields.description,
      categoryPath: fields.categoryPath,
      tags: fields.tags,
      authors: fields.authors,
      body,
      bodyHint: input.bodyHint,
      meta: fields.meta,
      warnings,
      fieldLine: fields.keyLine,
    },
    options
  );
}
