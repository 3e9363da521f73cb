import fs from 'node:fs';
import path from 'node:path';

import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

import {
  ARTICLE_ERROR_CODES,
  ARTICLE_ERROR_PARAMS,
  ARTICLE_WARNING_CODES,
  ARTICLE_WARNING_PARAMS,
} from '../../../shared/contracts';
import az from '../../../admin/src/translations/az.json';
import en from '../../../admin/src/translations/en.json';

const SRC = path.join(__dirname, '..', '..', '..', 'admin', 'src');

const files = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)]
    );

/** Every message the admin code uses, with its default (English) text. */
const used = (): Map<string, string> => {
  const messages = new Map<string, string>();
  const unquote = (text: string) =>
    text.replace(/\\'/g, "'").replace(/\\"/g, '"').replace(/\\n/g, '\n');
  for (const file of files(SRC).filter((f) => /\.tsx?$/.test(f))) {
    const source = fs.readFileSync(file, 'utf8');
    // The default in single quotes, or in double quotes when it holds an apostrophe (Prettier).
    for (const m of source.matchAll(
      /\bt\(\s*'([^']+)',\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")/g
    )) {
      messages.set(m[1], unquote(m[2] ?? m[3]));
    }
    for (const m of source.matchAll(
      /getTranslation\('([^']+)'\),\s*defaultMessage:\s*'((?:[^'\\]|\\.)*)'/g
    )) {
      messages.set(m[1], unquote(m[2]));
    }
  }
  return messages;
};

const argumentsOf = (message: string): string[] => {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (
        element.type === TYPE.argument ||
        element.type === TYPE.number ||
        element.type === TYPE.date
      ) {
        names.add(element.value);
      }
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        names.add(element.value);
        for (const option of Object.values(element.options)) walk(option.value);
      }
    }
  };
  walk(parse(message));
  return [...names].sort();
};

describe('admin translations', () => {
  const messages = used();
  const english = en as Record<string, string>;
  const azerbaijani = az as Record<string, string>;

  it('en.json holds exactly the messages the code uses, with the same text', () => {
    expect(messages.size).toBeGreaterThan(50);
    expect(Object.keys(english).sort()).toEqual([...messages.keys()].sort());
    for (const [id, text] of messages) expect([id, english[id]]).toEqual([id, text]);
  });

  it('az.json translates every message, with the same ICU arguments', () => {
    expect(Object.keys(azerbaijani).sort()).toEqual(Object.keys(english).sort());
    for (const id of Object.keys(english)) {
      expect([id, argumentsOf(azerbaijani[id])]).toEqual([id, argumentsOf(english[id])]);
    }
  });
});

describe('the warnings the server sends (shared/contracts/warnings)', () => {
  const english = en as Record<string, string>;
  const azerbaijani = az as Record<string, string>;

  it('every code has an en and an az message, whose arguments are exactly its params', () => {
    expect(ARTICLE_WARNING_CODES.length).toBeGreaterThan(25);
    for (const code of ARTICLE_WARNING_CODES) {
      const id = `warning.${code}`;
      const params = [...ARTICLE_WARNING_PARAMS[code]].sort();
      expect([id, typeof english[id], typeof azerbaijani[id]]).toEqual([id, 'string', 'string']);
      expect([id, argumentsOf(english[id])]).toEqual([id, params]);
      expect([id, argumentsOf(azerbaijani[id])]).toEqual([id, params]);
      expect([id, azerbaijani[id] === english[id]]).toEqual([id, false]);
    }
  });
});

describe('the article errors the server sends with params (shared/contracts/article-errors)', () => {
  const english = en as Record<string, string>;
  const azerbaijani = az as Record<string, string>;

  it('every code has an en and an az message, whose arguments are exactly its params', () => {
    expect(ARTICLE_ERROR_CODES.length).toBeGreaterThan(10);
    for (const code of ARTICLE_ERROR_CODES) {
      const id = `articleError.${code}`;
      const params = [...ARTICLE_ERROR_PARAMS[code]].sort();
      expect([id, typeof english[id], typeof azerbaijani[id]]).toEqual([id, 'string', 'string']);
      expect([id, argumentsOf(english[id])]).toEqual([id, params]);
      expect([id, argumentsOf(azerbaijani[id])]).toEqual([id, params]);
      expect([id, azerbaijani[id] === english[id]]).toEqual([id, false]);
    }
  });
});
