import { existsSync, readFileSync } from 'fs';
import path from 'path';
import {
  parseSource,
  type ArticleDraft,
  type ParseError,
  type ParseItem,
  type ParseOptions,
} from '..';

export const REPO_ROOT = path.resolve(__dirname, '../../../..');
export const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures/parsing');
export const SEED_NAME = '000_5637bd5acb181e31.txt';

/** The reference seed: ../shared/seed beside the repository, else the bundled data/ copy. */
export function seedPath(): string {
  const shared = path.resolve(REPO_ROOT, '../shared/seed', SEED_NAME);
  return existsSync(shared) ? shared : path.join(REPO_ROOT, 'data', SEED_NAME);
}

export function readSeedBytes(): Uint8Array {
  return new Uint8Array(readFileSync(seedPath()));
}

export function readSeedText(): string {
  return new TextDecoder().decode(readSeedBytes());
}

export function readFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES, name)));
}

/** What parseOne and parseFailure take: parseSource's arguments, the file name defaulted. */
type ParseArgs = [input: string | Uint8Array, fileName?: string, options?: ParseOptions];

/** Parses an input that must give exactly one item. */
function parseSingle(...[input, fileName = 'article.txt', options]: ParseArgs): ParseItem {
  const items = parseSource(input, fileName, options);
  expect(items).toHaveLength(1);
  return items[0];
}

/** Parses an input that must give exactly one draft. */
export function parseOne(...args: ParseArgs): ArticleDraft {
  const item = parseSingle(...args);
  if (!item.ok) throw new Error(`expected a draft, got ${item.error.code}: ${item.error.message}`);
  return item.draft;
}

/** Parses an input that must give exactly one error. */
export function parseFailure(...args: ParseArgs): ParseError {
  const item = parseSingle(...args);
  if (item.ok) throw new Error(`expected an error, got a draft titled "${item.draft.title}"`);
  return item.error;
}

export function paragraphTexts(draft: ArticleDraft): string[] {
  return draft.body.map((block) => {
    if (block.type !== 'paragraph') throw new Error(`expected a paragraph, got ${block.type}`);
    return block.children.map((child) => (child.type === 'text' ? child.text : '')).join('');
  });
}

/** A news text built from blocks separated by blank lines. */
export function newsText(...blocks: string[]): string {
  return `${blocks.join('\n\n')}\n`;
}

/** A text node as the parser writes it (marks only when set). */
export const t = (text: string, marks: Record<string, true> = {}) => ({
  type: 'text',
  text,
  ...marks,
});

/** A list item holding these inline nodes. */
export const item = (...children: object[]) => ({ type: 'list-item', children });

/** A list block; `indentLevel` is set only when given (a nested list). */
export const list = (
  format: 'ordered' | 'unordered',
  children: object[],
  indentLevel?: number
) => ({
  type: 'list',
  format,
  ...(indentLevel === undefined ? {} : { indentLevel }),
  children,
});

/**
 * `it` for a test of very large or generated inputs (hundreds of milliseconds): `npm test` runs
 * it; mutation runs skip it (all.mutation.ts sets NEWSROOM_MUTATION_RUN), because there it
 * would run once per mutant and make up most of the run's time.
 */
export const heavyIt: jest.It = process.env.NEWSROOM_MUTATION_RUN === '1' ? it.skip : it;
