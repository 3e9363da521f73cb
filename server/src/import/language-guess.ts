/**
 * A guess of an article's language (franc-min: trigram profiles of the 82 languages with 8 million
 * speakers or more), used only to warn when the locale an article is imported in does not look
 * like the language it is written in: an English story put in `az` through the admin's locale
 * picker, a Russian one whose front matter still says `locale: en`. The guess never chooses the
 * locale (the source, the picker or the default do).
 *
 * It warns only when it can tell: the app has two locales or more (with one, there is no other
 * locale to pick), the text has at least MIN_LETTERS letters, the article's locale is a language
 * franc-min knows, and that language scores clearly below the best guess (under CLOSE of its
 * score: related languages such as Bosnian and Croatian score within a few per cent of each
 * other, a wrong language far lower). It reads the first SAMPLE characters (the title, the lead,
 * the first paragraphs): about half a millisecond an article.
 */
import { francAll } from 'franc-min';
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import { iso6393To1 } from 'iso-639-3';

import { articleWarning, type ArticleWarning } from '../../../shared/contracts';
import type { ArticleDraft } from '../../../shared/contracts';
import { blockText } from '../parsing/blocks';

export const SAMPLE = 600;
export const MIN_LETTERS = 200;
export const CLOSE = 0.95;

/**
 * franc-min's individual languages whose ISO 639-1 code is their macrolanguage's (North
 * Azerbaijani is `az`, Standard Arabic `ar`…), which iso-639-3's table leaves out.
 */
const MACRO: Record<string, string> = {
  azj: 'az',
  arb: 'ar',
  pes: 'fa',
  uzn: 'uz',
  zlm: 'ms',
  swh: 'sw',
  plt: 'mg',
  npi: 'ne',
  pbu: 'ps',
  ckb: 'ku',
  fuv: 'ff',
  qug: 'qu',
  koi: 'kv',
  cmn: 'zh',
};

/** The two-letter code of a franc-min language where it has one, else its three-letter code. */
export const languageCode = (iso6393: string): string =>
  MACRO[iso6393] ?? (iso6393To1 as Record<string, string | undefined>)[iso6393] ?? iso6393;

/** The languages franc-min can tell (by trigrams, or alone in their script: Greek, Hebrew…). */
const KNOWN = new Set(
  [
    ...Object.values(data).flatMap((languages) => Object.keys(languages)),
    ...Object.keys(expressions).filter((key) => /^[a-z]{3}$/.test(key)),
  ].map(languageCode)
);

/** A language's English name ("Azerbaijani"), or its code when Intl does not know it. */
const languageName = (code: string): string => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};

const primary = (locale: string) => locale.split('-')[0].toLowerCase();

/** The text the guess reads: the title, the lead and the body, up to SAMPLE characters. */
const sampleOf = (draft: Pick<ArticleDraft, 'title' | 'description' | 'body'>): string => {
  let text = `${draft.title}\n${draft.description}`;
  for (const block of draft.body) {
    if (text.length >= SAMPLE) break;
    text += `\n${blockText(block)}`;
  }
  return text.slice(0, SAMPLE);
};

const LETTERS = /\p{L}/gu;

/**
 * A LANGUAGE_MISMATCH warning when the article reads as another language than its locale's,
 * else null. `appLocales`: the app's locale codes.
 */
export const languageMismatch = (
  draft: Pick<ArticleDraft, 'title' | 'description' | 'body'>,
  locale: string,
  appLocales: readonly string[]
): ArticleWarning<'LANGUAGE_MISMATCH'> | null => {
  if (new Set(appLocales.map(primary)).size < 2) return null;
  const sample = sampleOf(draft);
  if ((sample.match(LETTERS)?.length ?? 0) < MIN_LETTERS) return null;
  const scores = francAll(sample);
  const [best] = scores;
  if (!best || best[0] === 'und') return null;
  const wanted = primary(locale);
  // A language franc-min does not know cannot be judged.
  if (!KNOWN.has(wanted)) return null;
  const guessed = languageCode(best[0]);
  if (guessed === wanted) return null;
  // Not scored at all: the text is in another script. A close second is not a mismatch.
  const own = scores.find(([code]) => languageCode(code) === wanted);
  if (own && own[1] >= CLOSE) return null;
  const name = languageName(guessed);
  return articleWarning(
    'LANGUAGE_MISMATCH',
    { locale, language: guessed, name },
    `The text reads as ${name} (${guessed}), but the article is imported in the locale "${locale}": ` +
      'check its locale (front matter or JSON "locale", the page\'s lang, the locale picker or --locale).'
  );
};
