import { localePlan } from '../localePlan';

describe('localePlan', () => {
  it('is null when the plan names no locale', () => {
    expect(localePlan({})).toBeNull();
    expect(localePlan({ locale: '' })).toBeNull();
    expect(localePlan({ translationOf: 'doc-1' })).toBeNull();
  });

  it('is the article’s own document when it translates none', () => {
    expect(localePlan({ locale: 'en' })).toEqual({ kind: 'own', locale: 'en' });
    expect(localePlan({ locale: 'en', translationOf: '' })).toEqual({ kind: 'own', locale: 'en' });
  });

  it('adds a translation to the existing document it names', () => {
    expect(localePlan({ locale: 'az', translationOf: 'doc-1' })).toEqual({
      kind: 'translation',
      locale: 'az',
      documentId: 'doc-1',
    });
  });

  it('adds a translation to a document this import creates first', () => {
    expect(localePlan({ locale: 'az', translationOf: 'planned' })).toEqual({
      kind: 'planned',
      locale: 'az',
    });
  });
});
