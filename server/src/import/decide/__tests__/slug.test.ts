import { allocateSlug, isVariantOf } from '..';

const holders = (entries: Record<string, string>) => (slug: string) => entries[slug];

describe('allocateSlug', () => {
  it('gives the wanted slug when it is free', () => {
    expect(allocateSlug('daily-weather', null, holders({}))).toBe('daily-weather');
  });

  it('gives the first free numbered variant when another article holds it', () => {
    expect(allocateSlug('daily-weather', null, holders({ 'daily-weather': 'a' }))).toBe(
      'daily-weather-2'
    );
    expect(
      allocateSlug(
        'daily-weather',
        null,
        holders({ 'daily-weather': 'a', 'daily-weather-2': 'b', 'daily-weather-3': 'c' })
      )
    ).toBe('daily-weather-4');
  });

  it('lets an article keep (or take back) a slug it holds itself', () => {
    expect(
      allocateSlug('daily-weather', 'me', holders({ 'daily-weather': 'me' }), 'daily-weather')
    ).toBe('daily-weather');
    expect(
      allocateSlug('daily-weather', 'me', holders({ 'daily-weather': 'me' }), 'old-title')
    ).toBe('daily-weather');
  });

  it('keeps a numbered variant it holds: a re-import never renumbers', () => {
    const taken = holders({ 'daily-weather': 'a', 'daily-weather-3': 'me' });
    expect(allocateSlug('daily-weather', 'me', taken, 'daily-weather-3')).toBe('daily-weather-3');
  });

  it('moves to the new slug when the title changed and the old slug is not a variant', () => {
    const taken = holders({ 'old-title': 'me', 'new-title': 'a' });
    expect(allocateSlug('new-title', 'me', taken, 'old-title')).toBe('new-title-2');
    // As long as a variant would be, and ending in a number: still not one.
    const mine = holders({ 'morning-brief-2': 'me' });
    expect(allocateSlug('daily-weather', 'me', mine, 'morning-brief-2')).toBe('daily-weather');
  });

  it('does not keep a variant held by someone else', () => {
    const taken = holders({ 'daily-weather': 'a', 'daily-weather-2': 'b' });
    expect(allocateSlug('daily-weather', 'me', taken, 'daily-weather-2')).toBe('daily-weather-3');
  });

  it('takes a slug marked as planned by another article as taken', () => {
    expect(allocateSlug('x', null, holders({ x: 'planned:path:a.txt' }))).toBe('x-2');
  });
});

describe('isVariantOf', () => {
  it.each([
    ['daily-weather', 'daily-weather', true],
    ['daily-weather-2', 'daily-weather', true],
    ['daily-weather-17', 'daily-weather', true],
    ['daily-weather-1', 'daily-weather', false],
    ['daily-weather-0', 'daily-weather', false],
    ['daily-weather-02', 'daily-weather', false],
    ['daily-weather-report', 'daily-weather', false],
    ['daily-weather2', 'daily-weather', false],
    ['morning-brief-2', 'daily-weather', false],
    // Only plain digits: "2e3" is a number to JavaScript (2000), not a suffix the allocator writes.
    ['daily-weather-2e3', 'daily-weather', false],
    ['other', 'daily-weather', false],
  ])('%s of %s: %s', (slug, wanted, expected) => {
    expect(isVariantOf(slug, wanted)).toBe(expected);
  });
});
