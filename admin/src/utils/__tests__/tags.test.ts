import { MAX_TAG_LENGTH, MAX_TAGS } from '../../../../shared/contracts';
import { addTags, tagsOf } from '../tags';

describe('tagsOf', () => {
  it('reads the stored JSON array; anything else is no tags', () => {
    expect(tagsOf(['Oil', 'Markets'])).toEqual(['Oil', 'Markets']);
    expect(tagsOf(['Oil', 3, null])).toEqual(['Oil']);
    expect(tagsOf(null)).toEqual([]);
    expect(tagsOf('Oil')).toEqual([]);
  });
});

describe('addTags', () => {
  it('adds what was typed, split on commas, spaces collapsed', () => {
    expect(addTags(['Oil'], '  Energy   prices ')).toEqual({
      tags: ['Oil', 'Energy prices'],
      refused: null,
    });
    expect(addTags([], 'Azerbaijan, Iran,, ')).toEqual({
      tags: ['Azerbaijan', 'Iran'],
      refused: null,
    });
    expect(addTags(['Oil'], ' ')).toEqual({ tags: ['Oil'], refused: null });
  });

  it('refuses a tag already there (any case), too long, or past the limit', () => {
    expect(addTags(['Oil'], 'oil, Gas')).toEqual({ tags: ['Oil', 'Gas'], refused: 'duplicate' });
    expect(addTags([], 'x'.repeat(MAX_TAG_LENGTH + 1))).toEqual({ tags: [], refused: 'tooLong' });
    expect(addTags([], 'x'.repeat(MAX_TAG_LENGTH)).tags).toHaveLength(1);
    const full = Array.from({ length: MAX_TAGS }, (_, i) => `t${i}`);
    expect(addTags(full, 'one more')).toEqual({ tags: full, refused: 'tooMany' });
  });
});
