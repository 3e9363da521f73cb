import { articleChanges, bodyText, editorName, lastEditOf, type DiffSide } from '..';

const paragraph = (text: string, marks: { bold?: boolean } = {}) => ({
  type: 'paragraph',
  children: [{ type: 'text', text, ...marks }],
});

const side = (over: Partial<DiffSide> = {}): DiffSide => ({
  title: 'Daily weather',
  slug: 'daily-weather',
  description: 'Sunny.',
  body: [paragraph('Sunny all day.'), paragraph('Rain tomorrow.')],
  tags: ['Weather', 'Baku'],
  authors: [
    { name: 'Ann Lee', slug: 'ann-lee' },
    { name: 'Bo Chen', slug: 'bo-chen' },
  ],
  category: { name: 'Weather', slug: 'weather' },
  ...over,
});

describe('articleChanges', () => {
  it('is empty for the same article', () => {
    expect(articleChanges(side(), side())).toEqual([]);
  });

  it('gives each changed field with its old and new value, in the edit view order', () => {
    const after = side({
      category: { name: 'Climate', slug: 'climate' },
      title: 'Weekly weather',
      tags: ['Weather'],
      body: [paragraph('Sunny all day.'), paragraph('Snow tomorrow.')],
    });
    expect(articleChanges(side(), after)).toEqual([
      { field: 'title', before: 'Daily weather', after: 'Weekly weather' },
      {
        field: 'body',
        before: 'Sunny all day.\n\nRain tomorrow.',
        after: 'Sunny all day.\n\nSnow tomorrow.',
      },
      { field: 'tags', before: ['Weather', 'Baku'], after: ['Weather'] },
      { field: 'category', before: ['Weather'], after: ['Climate'] },
    ]);
  });

  it('treats empty values alike however they are stored, and reports an emptied one as null', () => {
    expect(articleChanges(side({ description: null }), side({ description: '' }))).toEqual([]);
    expect(articleChanges(side({ tags: null }), side({ tags: [] }))).toEqual([]);
    expect(articleChanges(side(), side({ description: '' }))).toEqual([
      { field: 'description', before: 'Sunny.', after: null },
    ]);
    expect(articleChanges(side({ category: null }), side())).toEqual([
      { field: 'category', before: [], after: ['Weather'] },
    ]);
  });

  it('compares authors by slug and in byline order, and names them', () => {
    const renamed = side({
      authors: [
        { name: 'ANN LEE', slug: 'ann-lee' },
        { name: 'Bo Chen', slug: 'bo-chen' },
      ],
    });
    expect(articleChanges(side(), renamed)).toEqual([]);
    const swapped = side({ authors: [...side().authors].reverse() });
    expect(articleChanges(side(), swapped)).toEqual([
      { field: 'authors', before: ['Ann Lee', 'Bo Chen'], after: ['Bo Chen', 'Ann Lee'] },
    ]);
  });

  it('sees a formatting change of the body, though its text reads the same', () => {
    const bold = side({
      body: [paragraph('Sunny all day.', { bold: true }), paragraph('Rain tomorrow.')],
    });
    expect(articleChanges(side(), bold)).toEqual([
      {
        field: 'body',
        before: 'Sunny all day.\n\nRain tomorrow.',
        after: 'Sunny all day.\n\nRain tomorrow.',
      },
    ]);
  });

  it('ignores the key order the database gives JSON back in', () => {
    const reordered = side({
      body: [
        { children: [{ text: 'Sunny all day.', type: 'text' }], type: 'paragraph' },
        { children: [{ text: 'Rain tomorrow.', type: 'text' }], type: 'paragraph' },
      ],
    });
    expect(articleChanges(side(), reordered)).toEqual([]);
  });

  it('reports a changed slug, and a removed category as an empty list', () => {
    expect(articleChanges(side(), side({ slug: 'weather-today', category: null }))).toEqual([
      { field: 'slug', before: 'daily-weather', after: 'weather-today' },
      { field: 'category', before: ['Weather'], after: [] },
    ]);
  });

  it('treats a blank or missing text as empty, but keeps the spaces of one that is not', () => {
    expect(articleChanges(side({ description: '   ' }), side({ description: null }))).toEqual([]);
    // A description the database leaves out (an older row) reads as empty, too.
    const missing = { ...side(), description: undefined } as unknown as DiffSide;
    expect(articleChanges(missing, side())).toEqual([
      { field: 'description', before: null, after: 'Sunny.' },
    ]);
    expect(articleChanges(side(), side({ title: ' Daily weather ' }))).toEqual([
      { field: 'title', before: 'Daily weather', after: ' Daily weather ' },
    ]);
  });

  it('sees an author added or removed at the end of the byline', () => {
    const one = side({ authors: [{ name: 'Ann Lee', slug: 'ann-lee' }] });
    expect(articleChanges(one, side())).toEqual([
      { field: 'authors', before: ['Ann Lee'], after: ['Ann Lee', 'Bo Chen'] },
    ]);
    expect(articleChanges(side(), one)).toEqual([
      { field: 'authors', before: ['Ann Lee', 'Bo Chen'], after: ['Ann Lee'] },
    ]);
    const replaced = side({
      authors: [
        { name: 'Ann Lee', slug: 'ann-lee' },
        { name: 'Cy Diaz', slug: 'cy-diaz' },
      ],
    });
    expect(articleChanges(side(), replaced)).toEqual([
      { field: 'authors', before: ['Ann Lee', 'Bo Chen'], after: ['Ann Lee', 'Cy Diaz'] },
    ]);
  });

  it('compares only the tags that are text and the blocks that are blocks', () => {
    expect(articleChanges(side({ tags: ['Weather', 7, 'Baku'] }), side())).toEqual([]);
    expect(articleChanges(side({ tags: 'Weather' }), side({ tags: [] }))).toEqual([]);
    const withJunk = side({
      body: [undefined, paragraph('Sunny all day.'), 'x', 3, paragraph('Rain tomorrow.')],
    });
    expect(articleChanges(withJunk, side())).toEqual([]);
    expect(articleChanges(side({ body: 'Sunny' }), side({ body: null }))).toEqual([]);
  });
});

describe('bodyText', () => {
  it('reads lists one item a line and leaves out what is not a block', () => {
    const list = {
      type: 'list',
      format: 'unordered',
      children: [
        { type: 'list-item', children: [{ type: 'text', text: 'one' }] },
        { type: 'list-item', children: [{ type: 'text', text: 'two' }] },
      ],
    };
    expect(bodyText([paragraph('Intro'), list, 'junk', null])).toBe('Intro\n\none\ntwo');
  });

  it('is null for an empty or missing body', () => {
    expect(bodyText(null)).toBeNull();
    expect(bodyText([])).toBeNull();
    expect(bodyText([paragraph('  ')])).toBeNull();
    expect(bodyText(undefined)).toBeNull();
  });

  it('skips a missing block and keeps a text whose edges are spaces', () => {
    expect(bodyText([undefined, paragraph('  Sunny  ')])).toBe('  Sunny  ');
  });

  it('shows a body it cannot read as text as its JSON, keys sorted', () => {
    const video = { type: 'video', video: { url: '/a.mp4' }, children: [] };
    expect(bodyText([video])).toBe('[{"children":[],"type":"video","video":{"url":"/a.mp4"}}]');
  });
});

describe('editorName and lastEditOf', () => {
  it('names an admin as the Content Manager does, never by email', () => {
    expect(editorName({ id: 1, firstname: 'Ann', lastname: 'Lee', username: 'ann' })).toBe(
      'Ann Lee'
    );
    expect(editorName({ id: 1, firstname: 'Ann', lastname: null })).toBe('Ann');
    expect(editorName({ id: 1, firstname: null, lastname: null, username: 'ann' })).toBe('ann');
    const withEmail = { id: 2, firstname: '', email: 'ann@example.com' } as {
      id: number;
      firstname: string;
    };
    expect(editorName(withEmail)).toBeNull();
  });

  it('trims the parts of a name, and skips a blank one', () => {
    expect(editorName({ id: 1, firstname: ' Ann ', lastname: ' Lee ' })).toBe('Ann Lee');
    expect(editorName({ id: 1, firstname: '  ', lastname: 'Lee', username: 'ann' })).toBe('Lee');
    expect(editorName({ id: 1, firstname: ' ', username: ' ann ' })).toBe('ann');
    expect(editorName({ id: 1, username: '   ' })).toBeNull();
  });

  it('gives the time as ISO 8601 and the editor by id and name', () => {
    expect(
      lastEditOf('2026-11-29 10:00:00.000Z', { id: 3, firstname: 'Bo', lastname: 'Chen' })
    ).toEqual({
      updatedAt: '2026-11-29T10:00:00.000Z',
      updatedBy: { id: 3, name: 'Bo Chen' },
    });
    expect(lastEditOf(null, null)).toEqual({ updatedAt: null, updatedBy: null });
    expect(lastEditOf(undefined, undefined)).toEqual({ updatedAt: null, updatedBy: null });
    expect(lastEditOf(new Date(Date.UTC(2026, 10, 29, 8)), { id: 4, username: 'ann' })).toEqual({
      updatedAt: '2026-11-29T08:00:00.000Z',
      updatedBy: { id: 4, name: 'ann' },
    });
  });
});
