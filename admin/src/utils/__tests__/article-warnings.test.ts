import {
  ARTICLE_WARNING_CODES,
  type ArticleWarning,
  type ArticleWarningCode,
  type ArticleWarningParams,
  type DateProblem,
} from '../../../../shared/contracts';
import { uniqueWarnings, warningsOf, warningText } from '../articleWarnings';

import { defaultsOnly, tAz, tEn } from './translators';

const tDefault = defaultsOnly();

/** Values for every code (the compiler holds this table to the contract). */
const SAMPLES: { [C in ArticleWarningCode]: ArticleWarningParams[C] } = {
  LONG_PARAGRAPH: { paragraph: 3, words: 300, max: 250 },
  NO_PARAGRAPHS: {},
  BYLINE_IN_BODY: { paragraph: 2, excerpt: 'By Jane Roe' },
  ABOUT_IN_BODY: { paragraph: 9, excerpt: 'About the author' },
  CONTROL_CHARACTERS_REMOVED: { count: 2 },
  INVISIBLE_CHARACTERS_REMOVED: { count: 1, field: 'authors' },
  SLUG_NORMALISED: { given: 'Oil Prices', slug: 'oil-prices' },
  DESCRIPTION_CUT: { max: 300 },
  MORE_WARNINGS: { count: 8 },
  LINK_KEPT_AS_TEXT: { url: '#notes' },
  IMAGE_NOT_IMPORTED: { src: 'chart.png' },
  IMAGE_SKIPPED: { src: 'https://cdn.example/cover.jpg', reason: 'TOO_LARGE', cover: true },
  NO_BREADCRUMB: {},
  NO_CATEGORY_ON_PAGE: {},
  NO_BYLINE: {},
  TITLE_FROM_BREADCRUMB: {},
  BREADCRUMB_TITLE_DIFFERS: { breadcrumbTitle: 'Oil prices' },
  STANDFIRST_AS_DESCRIPTION: {},
  DATE_NOT_USED: { date: 'July 14', reason: 'NO_YEAR' },
  DATE_READ_PARTLY: {
    date: '14 March 2024 17:05',
    iso: '2024-03-14T17:05:00',
    reason: 'NO_TIME_ZONE',
  },
  PARAGRAPHS_REJOINED: {},
  LINES_AS_PARAGRAPHS: {},
  AUTHOR_FROM_NOTE: { author: 'Ann Lee' },
  BOILERPLATE_LEFT_OUT: { count: 3, first: 'Subscribe' },
  ARTICLE_NOT_SINGLED_OUT: {},
  NO_JSON_LD: {},
  PUBLISHED_AT_NOT_A_DATE: { value: 'yesterday' },
  NO_CATEGORY_GIVEN: {},
  NO_AUTHORS_GIVEN: {},
  CATEGORY_MOVED: { category: 'Energy', path: 'Politics / Energy' },
  SLUG_TAKEN: { wanted: 'oil', slug: 'oil-2' },
  SLUG_TAKEN_BY_HAND_MADE: { wanted: 'oil', slug: 'oil-2' },
  ADOPTED: { slug: 'oil' },
  OVERWROTE_EDITS: { fields: ['title', 'tags'] },
  LANGUAGE_MISMATCH: { locale: 'az', language: 'en', name: 'English' },
};

const SERVER_TEXT = 'the English text the server sent';
/** Params whose values are keywords, not text to show. */
const KEYWORDS = new Set(['reason', 'field']);
const sample = (code: ArticleWarningCode): ArticleWarning =>
  ({ code, params: SAMPLES[code], message: SERVER_TEXT }) as ArticleWarning;

describe('warningText', () => {
  it.each(ARTICLE_WARNING_CODES)(
    '%s: in Azerbaijani and in English, every value filled in',
    (code) => {
      const inAz = warningText(sample(code), tAz);
      const inEn = warningText(sample(code), tEn);
      for (const text of [inAz, inEn]) {
        expect(text).not.toBe(SERVER_TEXT);
        expect(text).not.toMatch(/[{}]/);
        for (const [name, value] of Object.entries(SAMPLES[code])) {
          if (typeof value !== 'string') continue;
          // A keyword (the date problem, the field) is said in words; a text is quoted as it is.
          if (!KEYWORDS.has(name)) expect(text).toContain(value);
          else if (text === inAz) expect(text).not.toContain(value);
        }
      }
      expect(inAz).not.toBe(inEn);
    }
  );

  it('says the values in words: the date problem, the field, the fields overwritten', () => {
    const reasons: DateProblem[] = ['NO_DAY_AND_MONTH', 'NO_YEAR', 'NO_TIME_ZONE', 'INCOMPLETE'];
    const texts = reasons.map((reason) =>
      warningText(
        {
          code: 'DATE_NOT_USED',
          params: { date: 'July', reason },
          message: SERVER_TEXT,
        },
        tAz
      )
    );
    expect(new Set(texts).size).toBe(4);
    expect(texts[1]).toBe('“July” tarixi dərc tarixi kimi istifadə olunmadı: onda il yoxdur');
    expect(warningText(sample('OVERWROTE_EDITS'), tAz)).toContain('(Başlıq, Teqlər)');
    expect(warningText(sample('INVISIBLE_CHARACTERS_REMOVED'), tAz)).toMatch(/^Müəlliflərdən 1 /);
    expect(warningText(sample('LONG_PARAGRAPH'), tEn)).toBe(
      "The body's paragraph 3 is 300 words long (over 250): several paragraphs were probably read as one. Separate the paragraphs with blank lines and preview again."
    );
  });

  it("falls back to the server's text for an unknown code or params not as expected", () => {
    expect(warningText({ code: 'FROM_A_NEWER_SERVER', params: {}, message: 'Newer' }, tAz)).toBe(
      'Newer'
    );
    expect(warningText({ message: 'No code' }, tAz)).toBe('No code');
    expect(
      warningText({ code: 'LONG_PARAGRAPH', params: { paragraph: '3' }, message: 'Odd' }, tAz)
    ).toBe('Odd');
    expect(warningText({ code: 'ADOPTED', params: null, message: 'No params' }, tAz)).toBe(
      'No params'
    );
    expect(
      warningText({ code: 'OVERWROTE_EDITS', params: { fields: ['cover'] }, message: 'Field' }, tAz)
    ).toBe('Field');
    expect(warningText({ code: 'toString', message: 'Inherited' }, tAz)).toBe('Inherited');
  });
});

describe('warningText: defaults and params', () => {
  it.each(ARTICLE_WARNING_CODES)(
    '%s: without a catalogue entry, the English text of en.json',
    (code) => {
      expect(warningText(sample(code), tDefault)).toBe(warningText(sample(code), tEn));
    }
  );

  /** Each code's params, one at a time missing or of the wrong kind. */
  const spoilt = (code: ArticleWarningCode): [string, unknown][] =>
    Object.entries(SAMPLES[code]).flatMap(([name, value]): [string, unknown][] =>
      typeof value === 'number'
        ? [
            [name, undefined],
            [name, String(value)],
            [name, Infinity],
            [name, Number.NaN],
          ]
        : typeof value === 'string'
          ? [
              [name, undefined],
              [name, 7],
            ]
          : [
              [name, undefined],
              [name, 'title'],
            ]
    );
  const withParams = ARTICLE_WARNING_CODES.filter((code) => spoilt(code).length > 0);

  it.each(withParams)(
    "%s: the server's text when a param is missing or not as expected",
    (code) => {
      for (const [name, value] of spoilt(code)) {
        const params: Record<string, unknown> = { ...SAMPLES[code], [name]: value };
        if (value === undefined) delete params[name];
        expect([name, warningText({ code, params, message: SERVER_TEXT }, tEn)]).toEqual([
          name,
          SERVER_TEXT,
        ]);
      }
    }
  );

  it('shortens a long link to its first 80 characters', () => {
    const link = (url: string) =>
      warningText({ code: 'LINK_KEPT_AS_TEXT', params: { url }, message: SERVER_TEXT }, tEn);
    const eighty = `#${'a'.repeat(79)}`;
    expect(link(eighty)).toBe(
      `Link to "${eighty}" kept as plain text: Strapi's rich text cannot hold links that start with # or ?`
    );
    expect(link(`${eighty}bc`)).toBe(
      `Link to "${eighty}…" kept as plain text: Strapi's rich text cannot hold links that start with # or ?`
    );
  });

  it('names every field overwritten, and none when one of them is unknown', () => {
    const overwrote = (fields: unknown) =>
      warningText({ code: 'OVERWROTE_EDITS', params: { fields }, message: SERVER_TEXT }, tEn);
    expect(overwrote(['title', 'slug', 'description', 'body', 'tags', 'authors', 'category'])).toBe(
      'Overwrote changes made since the last import (Title, Slug, Lead, Body, Tags, Authors, Category), as asked.'
    );
    expect(overwrote(['title', 'cover'])).toBe(SERVER_TEXT);
    expect(overwrote('title')).toBe(SERVER_TEXT);
  });

  it("a code that is not a string is not read as one (an array's text is its item)", () => {
    const odd = { code: ['ADOPTED'], params: { slug: 'oil' }, message: SERVER_TEXT };
    expect(warningText(odd as unknown as ArticleWarning, tEn)).toBe(SERVER_TEXT);
  });
});

describe('warningsOf and uniqueWarnings', () => {
  const detail = sample('NO_BYLINE');

  it('takes the details when they are in step with the texts, else the texts alone', () => {
    expect(warningsOf({ warnings: [SERVER_TEXT], warningDetails: [detail] })).toEqual([detail]);
    expect(warningsOf({ warnings: ['Stored before codes'] })).toEqual([
      { message: 'Stored before codes' },
    ]);
    expect(warningsOf({ warnings: ['a', 'b'], warningDetails: [detail] })).toEqual([
      { message: 'a' },
      { message: 'b' },
    ]);
  });

  it('keeps the first of each text, in order', () => {
    expect(uniqueWarnings([detail, { message: 'x' }, { message: SERVER_TEXT }])).toEqual([
      detail,
      { message: 'x' },
    ]);
  });
});
