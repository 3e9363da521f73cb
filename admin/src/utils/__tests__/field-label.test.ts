import type { ArticleFieldName } from '../../../../shared/contracts';
import az from '../../translations/az.json';
import en from '../../translations/en.json';
import { fieldLabel } from '../fieldLabel';

import { translator } from './translators';

const FIELDS: { field: ArticleFieldName; english: string; azerbaijani: string }[] = [
  { field: 'title', english: 'Title', azerbaijani: az['field.title'] },
  { field: 'slug', english: 'Slug', azerbaijani: az['field.slug'] },
  { field: 'description', english: 'Lead', azerbaijani: az['field.description'] },
  { field: 'body', english: 'Body', azerbaijani: az['field.body'] },
  { field: 'tags', english: 'Tags', azerbaijani: az['field.tags'] },
  { field: 'authors', english: 'Authors', azerbaijani: az['field.authors'] },
  { field: 'category', english: 'Category', azerbaijani: az['field.category'] },
];

describe('fieldLabel', () => {
  it.each(FIELDS)('$field: its own label, in English by default and in Azerbaijani', (row) => {
    const strict = { strict: true };
    expect(fieldLabel(translator('en', en, strict), row.field)).toBe(row.english);
    expect(fieldLabel(translator('az', az, strict), row.field)).toBe(row.azerbaijani);
    // Without a catalogue the default text shows: the same English words.
    expect(fieldLabel(translator('en', {}, { strict: false }), row.field)).toBe(row.english);
  });

  it('gives each field a label of its own, in both languages', () => {
    for (const [locale, messages] of [
      ['en', en],
      ['az', az],
    ] as const) {
      const t = translator(locale, messages, { strict: true });
      const labels = FIELDS.map((row) => fieldLabel(t, row.field));
      expect(new Set(labels).size).toBe(FIELDS.length);
    }
    expect(FIELDS.map((row) => row.azerbaijani)).not.toContain(undefined);
  });
});
