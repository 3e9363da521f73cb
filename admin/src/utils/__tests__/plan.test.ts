import type { ArticleReport } from '../../../../shared/contracts';
import {
  filterByPlan,
  hasWork,
  liveEffect,
  onlyTextChanged,
  planCounts,
  samePlanInput,
} from '../plan';

const article = (
  action: ArticleReport['action'],
  published?: boolean,
  documentId: string | null = 'doc'
) => ({ action, published, documentId });

describe('liveEffect: what an import does to the live site', () => {
  it.each([
    ['create', undefined, 'published', 'publish'],
    ['create', undefined, 'draft', 'new-draft'],
    ['update', true, 'published', 'update-live'],
    ['update', false, 'published', 'publish'],
    ['update', true, 'draft', 'update-draft-live-stays'],
    ['update', false, 'draft', 'update-draft'],
    ['unchanged', true, 'published', 'unchanged'],
    ['conflict', true, 'published', 'kept'],
    ['forbidden', true, 'published', 'nothing'],
    ['invalid', undefined, 'draft', 'nothing'],
  ] as const)('%s (published: %s) as %s → %s', (action, published, status, effect) => {
    expect(liveEffect(article(action, published), status)).toBe(effect);
  });

  it('an edited article chosen for overwriting is written like an update', () => {
    const chosen = new Set(['doc']);
    expect(liveEffect(article('conflict', true), 'draft', chosen)).toBe('update-draft-live-stays');
    expect(liveEffect(article('conflict', false), 'published', chosen)).toBe('publish');
    expect(liveEffect(article('conflict', true, 'other'), 'published', chosen)).toBe('kept');
  });
});

describe('the plan as a whole', () => {
  const articles = (['create', 'update', 'unchanged', 'unchanged', 'invalid'] as const).map(
    (action, i) => ({ ...article(action), source: `f${i}` }) as unknown as ArticleReport
  );

  it('counts and filters by plan', () => {
    expect(planCounts(articles)).toEqual({
      all: 5,
      create: 1,
      update: 1,
      unchanged: 2,
      conflict: 0,
      forbidden: 0,
      invalid: 1,
    });
    expect(filterByPlan(articles, 'unchanged').map((a) => a.source)).toEqual(['f2', 'f3']);
    expect(filterByPlan(articles, 'all')).toHaveLength(5);
  });

  it('has work only when something would be written', () => {
    expect(hasWork(articles)).toBe(true);
    const idle = articles.filter((a) => a.action === 'unchanged');
    expect(hasWork(idle)).toBe(false);
    const conflict = { ...articles[0], action: 'conflict', documentId: 'x' } as ArticleReport;
    expect(hasWork([...idle, conflict])).toBe(false);
    expect(hasWork([...idle, conflict], new Set(['x']))).toBe(true);
    expect(hasWork([])).toBe(false);
  });
});

describe('plan input: when a plan is stale', () => {
  const file = { name: 'a.txt', content: 'A' };
  const base = { sources: [file], status: 'draft' as const, adopt: false };

  it('is the same only for the same files, contents, status and adopt', () => {
    expect(samePlanInput(null, base)).toBe(false);
    expect(samePlanInput(base, { ...base, sources: [{ ...file }] })).toBe(true);
    expect(samePlanInput(base, { ...base, status: 'published' })).toBe(false);
    expect(samePlanInput(base, { ...base, adopt: true })).toBe(false);
    expect(samePlanInput(base, { ...base, sources: [{ ...file, content: 'B' }] })).toBe(false);
    expect(samePlanInput(base, { ...base, sources: [] })).toBe(false);
  });

  it('tells a change of the pasted text alone (re-planned after a pause)', () => {
    const pasted = { name: 'pasted-text', content: 'x' };
    const a = { ...base, sources: [pasted, file] };
    const typed = { ...a, sources: [{ ...pasted, content: 'xy' }, file] };
    expect(onlyTextChanged(a, typed, ['pasted-text'])).toBe(true);
    expect(onlyTextChanged(a, { ...typed, status: 'published' }, ['pasted-text'])).toBe(false);
    expect(onlyTextChanged(a, { ...a, sources: [pasted] }, ['pasted-text'])).toBe(false);
  });
});
