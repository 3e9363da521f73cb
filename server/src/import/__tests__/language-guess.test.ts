import fs from 'node:fs';
import path from 'node:path';

import { parseSource } from '../../parsing';
import { createCandidateReader } from '../candidates';
import { CLOSE, languageCode, languageMismatch, MIN_LETTERS } from '../language-guess';

const SEED = path.join(__dirname, '../../../../data/000_5637bd5acb181e31.txt');

const draftOf = (body: string, title = 'A title') => ({
  title,
  description: '',
  body: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, text: body }] }],
});

const ENGLISH =
  'The President of Azerbaijan received the ambassadors of foreign countries in Baku today. ' +
  'The meeting discussed the development of cooperation between the two countries, the ' +
  'energy projects in the Caspian region and new transport routes across the sea.';
const AZERBAIJANI =
  'Azərbaycan Respublikasının Prezidenti İlham Əliyev bu gün Bakıda xarici ölkələrin ' +
  'səfirlərini qəbul edib. Görüşdə iki ölkə arasında əməkdaşlığın inkişafı, Xəzər ' +
  'regionunda enerji layihələri və dəniz üzərindən yeni nəqliyyat yolları müzakirə olunub.';
const RUSSIAN =
  'Президент Азербайджана Ильхам Алиев сегодня принял в Баку послов иностранных государств. ' +
  'На встрече обсуждены вопросы развития сотрудничества между двумя странами, энергетические ' +
  'проекты в Каспийском регионе и новые транспортные маршруты через море.';
const APP = ['en', 'az', 'ru'];

describe('languageMismatch: a warning when the locale does not look like the text', () => {
  it.each([
    [ENGLISH, 'en'],
    [AZERBAIJANI, 'az'],
    [RUSSIAN, 'ru'],
    [ENGLISH, 'en-GB'],
    [AZERBAIJANI, 'az-Latn'],
  ])('no warning when the locale is the text’s language (%#)', (text, locale) => {
    expect(languageMismatch(draftOf(text), locale, APP)).toBeNull();
  });

  it.each([
    [ENGLISH, 'az', 'en', 'English'],
    [ENGLISH, 'ru', 'en', 'English'], // another script: Russian is not even scored
    [AZERBAIJANI, 'en', 'az', 'Azerbaijani'],
    [RUSSIAN, 'en', 'ru', 'Russian'],
    [RUSSIAN, 'az', 'ru', 'Russian'],
  ])('warns when the text reads as another language (%#)', (text, locale, language, name) => {
    expect(languageMismatch(draftOf(text), locale, APP)).toEqual({
      code: 'LANGUAGE_MISMATCH',
      params: { locale, language, name },
      message:
        `The text reads as ${name} (${language}), but the article is imported in the locale "${locale}": ` +
        'check its locale (front matter or JSON "locale", the page\'s lang, the locale picker or --locale).',
    });
  });

  it('reads the reference seed as English', () => {
    const [item] = parseSource(fs.readFileSync(SEED, 'utf8'), 'seed.txt');
    if (!item.ok) throw new Error('the seed must parse');
    expect(languageMismatch(item.draft, 'en', APP)).toBeNull();
    expect(languageMismatch(item.draft, 'az', APP)?.params.language).toBe('en');
  });

  it('says nothing when the app has one language (however many regional locales)', () => {
    expect(languageMismatch(draftOf(RUSSIAN), 'en', ['en'])).toBeNull();
    expect(languageMismatch(draftOf(RUSSIAN), 'en', ['en', 'en-GB', 'EN-us'])).toBeNull();
  });

  it('says nothing on a text too short to tell', () => {
    const short = RUSSIAN.slice(0, 120);
    expect((short.match(/\p{L}/gu) ?? []).length).toBeLessThan(MIN_LETTERS);
    expect(languageMismatch(draftOf(short), 'en', APP)).toBeNull();
    // The title and the lead count: enough text in them is enough.
    expect(languageMismatch({ ...draftOf(''), title: RUSSIAN }, 'en', APP)?.params.language).toBe(
      'ru'
    );
  });

  it('says nothing for a locale franc-min does not know (it cannot judge)', () => {
    // Estonian and Icelandic are not among franc-min's languages.
    expect(languageMismatch(draftOf(ENGLISH), 'et', ['en', 'et'])).toBeNull();
    expect(languageMismatch(draftOf(ENGLISH), 'is', ['en', 'is'])).toBeNull();
  });

  it('does not warn between languages that score close together', () => {
    // Spanish and Portuguese score within CLOSE of each other on this text: no warning. That is the
    // price of no false alarms between relatives (Bosnian and Croatian, Malay and Indonesian…).
    expect(CLOSE).toBeGreaterThan(0.9);
    const spanish =
      'El presidente de Azerbaiyán recibió hoy en Bakú a los embajadores de países extranjeros. ' +
      'En la reunión se discutió el desarrollo de la cooperación entre los dos países, los ' +
      'proyectos energéticos en la región del Caspio y nuevas rutas de transporte por mar.';
    expect(languageMismatch(draftOf(spanish), 'es', ['es', 'pt'])).toBeNull();
    expect(languageMismatch(draftOf(spanish), 'en', ['es', 'en'])?.params.language).toBe('es');
  });

  it('maps franc-min’s individual languages to their two-letter codes', () => {
    expect(languageCode('azj')).toBe('az');
    expect(languageCode('eng')).toBe('en');
    expect(languageCode('rus')).toBe('ru');
    expect(languageCode('arb')).toBe('ar');
    expect(languageCode('cmn')).toBe('zh');
    expect(languageCode('ceb')).toBe('ceb'); // no two-letter code
  });
});

describe('the import reads the language of each article it is given', () => {
  const reader = () =>
    createCandidateReader(
      { maxImportBytes: 1024 * 1024, wordsPerMinute: 200 },
      { codes: APP, defaultLocale: 'en', fallback: 'az' }
    );
  const markdown = (locale: string | null, body: string) =>
    `---\ntitle: Ambassadors in Baku\ncategory: Politics\nauthor: Jane Roe\n${locale ? `locale: ${locale}\n` : ''}---\n\n${body}\n`;

  it('warns on an English article put in az (the picker), with its code and params, and not on the right locale', async () => {
    const { candidates } = await reader().read([
      { name: 'picked.md', content: markdown(null, ENGLISH) },
      { name: 'stated.md', content: markdown('en', ENGLISH) },
      { name: 'az.md', content: markdown(null, AZERBAIJANI) },
    ]);
    expect(candidates.map((c) => c.locale)).toEqual(['az', 'en', 'az']);
    const [picked, stated, az] = candidates;
    expect(picked.draft.warningDetails).toContainEqual(
      expect.objectContaining({
        code: 'LANGUAGE_MISMATCH',
        params: { locale: 'az', language: 'en', name: 'English' },
      })
    );
    expect(picked.draft.warnings.at(-1)).toMatch(/^The text reads as English \(en\)/);
    for (const quiet of [stated, az]) {
      expect(quiet.draft.warningDetails ?? []).not.toContainEqual(
        expect.objectContaining({ code: 'LANGUAGE_MISMATCH' })
      );
    }
    // A warning is not content: the article's hash is the one it has without it.
    const [alone] = (
      await createCandidateReader(
        { maxImportBytes: 1024 * 1024, wordsPerMinute: 200 },
        { codes: ['en'], defaultLocale: 'en', fallback: 'en' }
      ).read([{ name: 'picked.md', content: markdown(null, ENGLISH) }])
    ).candidates;
    expect(alone.draft.warningDetails ?? []).toEqual([]);
    expect(picked.hash).toBe(alone.hash);
  });
});
