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
    // Only a conflict is overwritten by choice: the choice does not make other plans write.
    expect(liveEffect(article('unchanged', true), 'published', chosen)).toBe('unchanged');
    expect(liveEffect(article('forbidden', false), 'draft', chosen)).toBe('nothing');
  });

  it('a conflict with an error (a translation whose locale the story has) is kept whatever the choice', () => {
    // Its documentId is the story's, which an edited version in another locale may share.
    const taken = {
      ...article('conflict', true),
      error: { message: 'taken', line: null, code: 'TRANSLATION_TAKEN' },
    };
    expect(liveEffect(taken, 'published', new Set(['doc']))).toBe('kept');
    expect(liveEffect({ ...taken, error: null }, 'published', new Set(['doc']))).toBe(
      'update-live'
    );
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
    // An action no tab shows (a report's `failed`) is counted in `all` only.
    const failed = { ...articles[0], action: 'failed' } as unknown as ArticleReport;
    expect(planCounts([failed])).toEqual({
      all: 1,
      create: 0,
      update: 0,
      unchanged: 0,
      conflict: 0,
      forbidden: 0,
      invalid: 0,
    });
  });

  it('has work only when something would be written', () => {
    expect(hasWork(articles)).toBe(true);
    const idle = articles.filter((a) => a.action === 'unchanged');
    expect(hasWork(idle)).toBe(false);
    const conflict = { ...articles[0], action: 'conflict', documentId: 'x' } as ArticleReport;
    expect(hasWork([...idle, conflict])).toBe(false);
    expect(hasWork([...idle, conflict], new Set(['x']))).toBe(true);
    const taken = { ...conflict, error: { message: 'taken', line: null } } as ArticleReport;
    expect(hasWork([...idle, taken], new Set(['x']))).toBe(false);
    expect(hasWork([])).toBe(false);
    // Each kind of work on its own; a choice to overwrite only counts for a conflict.
    expect(hasWork([articles[0]])).toBe(true);
    expect(hasWork([articles[1]])).toBe(true);
    expect(hasWork([{ ...articles[2], documentId: 'x' } as ArticleReport], new Set(['x']))).toBe(
      false
    );
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
    // Every file counts, not only the first.
    const other = { name: 'b.txt', content: 'B' };
    const two = { ...base, sources: [file, other] };
    expect(samePlanInput(two, { ...two, sources: [file, { ...other, content: 'C' }] })).toBe(false);
    expect(samePlanInput(two, { ...two, sources: [file, { ...other, name: 'c.txt' }] })).toBe(
      false
    );
    expect(samePlanInput(two, { ...two, sources: [{ ...file }, { ...other }] })).toBe(true);
  });

  it('is stale when the pictures change: another one, one more or one less', () => {
    const a = { name: 'a.jpg', file: new Blob(['a']) };
    const b = { name: 'b.jpg', file: new Blob(['b']) };
    const withA = { ...base, pictures: [a] };
    expect(samePlanInput(withA, { ...base, pictures: [a] })).toBe(true);
    expect(samePlanInput(base, { ...base, pictures: [] })).toBe(true);
    expect(samePlanInput(withA, base)).toBe(false);
    expect(samePlanInput(base, withA)).toBe(false);
    expect(samePlanInput(withA, { ...base, pictures: [a, b] })).toBe(false);
    // The same name chosen again is another picture (its bytes may differ).
    expect(samePlanInput(withA, { ...base, pictures: [{ ...a }] })).toBe(false);
    const pasted = { name: 'pasted-text', content: 'x' };
    expect(
      onlyTextChanged(
        { ...withA, sources: [pasted] },
        { ...base, pictures: [b], sources: [{ ...pasted, content: 'xy' }] },
        ['pasted-text']
      )
    ).toBe(false);
    expect(
      onlyTextChanged(
        { ...withA, sources: [pasted] },
        { ...withA, sources: [{ ...pasted, content: 'xy' }] },
        ['pasted-text']
      )
    ).toBe(true);
  });

  it('tells a change of the pasted text alone (re-planned after a pause)', () => {
    const pasted = { name: 'pasted-text', content: 'x' };
    const a = { ...base, sources: [pasted, file] };
    const typed = { ...a, sources: [{ ...pasted, content: 'xy' }, file] };
    expect(onlyTextChanged(a, typed, ['pasted-text'])).toBe(true);
    expect(onlyTextChanged(a, { ...typed, status: 'published' }, ['pasted-text'])).toBe(false);
    expect(onlyTextChanged(a, { ...a, sources: [pasted] }, ['pasted-text'])).toBe(false);
    expect(onlyTextChanged(a, { ...typed, adopt: true }, ['pasted-text'])).toBe(false);
    // Another file in second place is not a change of the text alone.
    const other = { name: 'b.txt', content: 'B' };
    const withTwo = { ...a, sources: [pasted, file, other] };
    expect(
      onlyTextChanged(withTwo, { ...withTwo, sources: [pasted, file, { ...other }] }, [
        'pasted-text',
      ])
    ).toBe(false);
  });
});
