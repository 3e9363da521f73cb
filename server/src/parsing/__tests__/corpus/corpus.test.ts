import { checkedFields, loadCorpus, readCase, sameValue } from './compare';

/**
 * One table-driven test over the news-page corpus: every page gives a draft, every field is read
 * as its golden file says, except the fields listed as still read wrong (those must still
 * differ, so that a fix updates the golden and the accuracy report).
 */
const cases = loadCorpus();

describe('news-page corpus', () => {
  it('has at least 30 pages, each with a golden reading', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases.map((item) => [item.name, item] as const))('%s', (_name, item) => {
    const reading = readCase(item);
    if ('error' in reading) throw new Error(reading.error);
    expect(reading.format).toBe(item.file.endsWith('.html') ? 'html' : 'text');
    const wrong = item.golden.knownWrong ?? {};
    for (const field of checkedFields(item.golden)) {
      const expected = item.golden.expected[field];
      if (field in wrong) {
        expect({ field, same: sameValue(reading[field], expected) }).toEqual({
          field,
          same: false,
        });
      } else {
        expect({ field, value: reading[field] ?? null }).toEqual({
          field,
          value: expected ?? null,
        });
      }
    }
  });
});
