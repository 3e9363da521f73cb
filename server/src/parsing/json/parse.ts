import type { ArticleWarning } from '../../../../shared/contracts/warnings';
import { articleSource, isRecord } from '../../../../shared/contracts';
import { validateBlocks } from '../blocks-validate';
import type { DraftOptions } from '../draft';
import { fail, failWith, parseError, toParseError } from '../errors';
import { readArticleFields } from '../fields';
import { draftFromFields } from '../fields-draft';
import { markdownToBlocks } from '../markdown/to-blocks';
import { lineColumnAt } from '../text-utils';
import type { ArticleDraft, ParseItem } from '../types';
import type { Block } from '../blocks';
import { locateJsonError } from './locate-error';
import { checkJsonStructure, type ArticleKeyLines } from './structure';
import { checkDocumentValue } from '../document-value';

type JsonOptions = DraftOptions & { warnings?: ArticleWarning[] };

function readJson(text: string): { data: unknown; keyLines: ArticleKeyLines } {
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch (caught) {
    const problem = locateJsonError(text);
    // The scanner finds a problem in every text JSON.parse refuses (which throws only
    // SyntaxErrors): the fallbacks are defence in depth.
    // Stryker disable next-line OptionalChaining,StringLiteral: equivalent (see above)
    const detail = problem?.reason ?? (caught instanceof Error ? caught.message : 'invalid JSON');
    // Stryker disable next-line OptionalChaining: equivalent (see above)
    const { line, column } = lineColumnAt(text, problem?.offset ?? 0);
    return failWith(
      'INVALID_JSON',
      { line, column, detail },
      `Invalid JSON at line ${line}, column ${column}: ${detail}. Fix the syntax (check commas, quotes and brackets) and try again.`,
      line,
      column
    );
  }
  const keyLines = checkJsonStructure(text);
  checkDocumentValue(data, (path) => {
    const [first, second] = path;
    if (typeof first === 'number') return keyLines.get(first)?.get(String(second));
    return keyLines.get(0)?.get(String(first));
  });
  return { data, keyLines };
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** `label` names the element of an array ("Article 2"); a single article has none. */
function articleFromObject(
  value: unknown,
  label: string | undefined,
  options: JsonOptions,
  keyLines: Map<string, number> | undefined
): ArticleDraft {
  if (!isRecord(value)) {
    fail(
      'INVALID_FIELD',
      `${label ?? 'The JSON'} is ${kindOf(value)}: an article must be an object like { "title": "…", "body": "…" }.`
    );
  }
  const where = label ? `${label}: field ` : 'Field ';
  // Every article object has its key lines (checkJsonStructure records each).
  // Stryker disable next-line OptionalChaining: equivalent (see above)
  const fields = readArticleFields(value, where, (key) => keyLines?.get(key));
  const warnings = [...(options.warnings ?? [])];
  let body: Block[];
  if (typeof fields.body === 'string') body = markdownToBlocks(fields.body, warnings);
  else if (Array.isArray(fields.body))
    body = validateBlocks(fields.body, label ? `${label}: body` : 'body', warnings);
  else if (fields.body === undefined) body = [];
  else {
    return fail(
      'INVALID_FIELD',
      `${where}"body" must be Markdown text or an array of Strapi blocks, not ${kindOf(fields.body)}.`
    );
  }
  return draftFromFields(
    {
      format: 'json',
      fields,
      body,
      titleHint: 'add a "title" field (or start the Markdown body with a "# Title" line)',
      bodyHint: 'add a "body" field with Markdown text or an array of blocks',
      warnings,
    },
    options
  );
}

/** Parses one JSON article or an array of them; each array element is its own item. */
export function parseJsonSource(
  text: string,
  source: string,
  options: JsonOptions = {}
): ParseItem[] {
  const { data, keyLines } = readJson(text);
  if (Array.isArray(data)) {
    if (data.length === 0) {
      return [
        {
          ok: false,
          ...articleSource(source),
          error: parseError(
            'EMPTY_INPUT',
            'The JSON array is empty: add at least one article object.'
          ),
        },
      ];
    }
    return data.map((element: unknown, index): ParseItem => {
      const origin = articleSource(source, index + 1);
      try {
        return {
          ok: true,
          ...origin,
          draft: articleFromObject(element, `Article ${index + 1}`, options, keyLines.get(index)),
        };
      } catch (caught) {
        return { ok: false, ...origin, error: toParseError(caught) };
      }
    });
  }
  return [
    {
      ok: true,
      ...articleSource(source),
      draft: articleFromObject(data, undefined, options, keyLines.get(0)),
    },
  ];
}
