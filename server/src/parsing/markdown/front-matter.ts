import { isMap, isScalar, parseDocument } from 'yaml';
import { fail } from '../errors';
import { lineColumnAt } from '../text-utils';

export interface FrontMatter {
  /** The front matter's key/value pairs ({} when there is none). */
  data: Record<string, unknown>;
  /** The Markdown after the front matter. */
  body: string;
  /** 1-based line of a front-matter key in the file, for error messages. */
  keyLine: (key: string) => number | undefined;
}

const FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Splits a `---` YAML front matter off a Markdown text and parses it. Throws ParseFailure. */
export function readFrontMatter(text: string): FrontMatter {
  const lines = text.split('\n');
  if (!FENCE.test(lines[0])) return { data: {}, body: text, keyLine: () => undefined };
  const close = lines.findIndex((line, index) => index > 0 && CLOSING_FENCE.test(line));
  if (close < 0) {
    fail(
      'INVALID_FRONT_MATTER',
      'The front matter opened by "---" on line 1 is never closed: add a line with --- after the last key.',
      1,
      1
    );
  }
  const yamlText = lines.slice(1, close).join('\n');
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const { line, column } = lineColumnAt(yamlText, error.pos[0]);
    fail(
      'INVALID_FRONT_MATTER',
      `The front matter (YAML) has an error on line ${line + 1}: ${error.message.replace(/\.$/, '')}. ` +
        'Quote values that contain ": " or start with a special character, and indent lists consistently.',
      line + 1,
      column
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (caught) {
    const detail = caught instanceof Error ? caught.message : String(caught);
    fail('INVALID_FRONT_MATTER', `The front matter (YAML) cannot be read: ${detail}.`, 2);
  }
  if (data === null || data === undefined) data = {};
  if (!isRecord(data)) {
    fail(
      'INVALID_FRONT_MATTER',
      'The front matter must be "key: value" lines (title: …, tags: […]), not a list or a single value.',
      2
    );
  }
  const contents = doc.contents;
  const keyLine = (key: string): number | undefined => {
    if (!isMap(contents)) return undefined;
    const pair = contents.items.find((item) => isScalar(item.key) && item.key.value === key);
    const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
    return range ? lineColumnAt(yamlText, range[0]).line + 1 : undefined;
  };
  return { data, body: lines.slice(close + 1).join('\n'), keyLine };
}
