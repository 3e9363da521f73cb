import { looksLikeParagraph, parseLabelledTags, parseTagsLine } from '../news-text/shapes';

/**
 * The recognisers of a news text's tags lines and paragraph-like lines, at their bounds: tags of
 * at most 4 words and 60 characters, a line of at most 400, a paragraph over 255 characters or a
 * sentence of over 20 words.
 */
const words = (n: number, word = 'Oil') => Array.from({ length: n }, () => word).join(' ');

describe('parseLabelledTags', () => {
  it('reads a label, commas or semicolons, and hashtags', () => {
    expect(parseLabelledTags('Tags: Oil, Gas; Baku')).toEqual(['Oil', 'Gas', 'Baku']);
    expect(parseLabelledTags('Теги:  нефть ,  газ ')).toEqual(['нефть', 'газ']);
    expect(parseLabelledTags('#Oil #Gas_2024  #Bakı')).toEqual(['Oil', 'Gas_2024', 'Bakı']);
    expect(parseLabelledTags('Tags: #Oil #Gas')).toEqual(['Oil', 'Gas']);
  });

  it('needs a label or hashtags only, and at least one item', () => {
    expect(parseLabelledTags('Oil, Gas')).toBeUndefined();
    expect(parseLabelledTags('#Oil and gas')).toBeUndefined();
    expect(parseLabelledTags('Read #Oil #Gas')).toBeUndefined();
    expect(parseLabelledTags('# Oil')).toBeUndefined();
    expect(parseLabelledTags('#Oil#Gas')).toBeUndefined();
    expect(parseLabelledTags('#Oil #')).toBeUndefined();
    expect(parseLabelledTags('#Oil #-')).toBeUndefined();
    expect(parseLabelledTags('Tags: , ;')).toBeUndefined();
    expect(parseLabelledTags('Tags:')).toBeUndefined();
  });

  it('keeps every item within 4 words and 60 characters, the line within 400', () => {
    expect(parseLabelledTags(`Tags: ${words(4)}, Gas`)).toEqual([words(4), 'Gas']);
    expect(parseLabelledTags(`Tags: Gas, ${words(5)}`)).toBeUndefined();
    expect(parseLabelledTags(`Tags: ${'x'.repeat(60)}`)).toEqual(['x'.repeat(60)]);
    expect(parseLabelledTags(`Tags: Gas, ${'x'.repeat(61)}`)).toBeUndefined();
    const line = `Tags: ${Array.from({ length: 100 }, (_, i) => `T${i}`).join(', ')}`;
    expect(line.length).toBeGreaterThan(400);
    expect(parseLabelledTags(line)).toBeUndefined();
    const fits = `Tags: ${'a'.repeat(50)}`.padEnd(400, ',');
    expect(parseLabelledTags(fits)).toEqual(['a'.repeat(50)]);
  });
});

describe('parseTagsLine', () => {
  it('reads short items, all capitalised or all lower case; one item only capitalised', () => {
    expect(parseTagsLine('Azerbaijan, Iran')).toEqual(['Azerbaijan', 'Iran']);
    expect(parseTagsLine('oil,  gas prices')).toEqual(['oil', 'gas prices']);
    expect(parseTagsLine('Oil, gas')).toBeUndefined();
    expect(parseTagsLine('Energy')).toEqual(['Energy']);
    expect(parseTagsLine('energy')).toBeUndefined();
  });

  it('refuses sentences, empty items, quotes, brackets, dates and numbers', () => {
    expect(parseTagsLine('Aragchi also voiced support.')).toBeUndefined();
    expect(parseTagsLine('Oil, , Gas')).toBeUndefined();
    expect(parseTagsLine('Oil, Gas,')).toBeUndefined();
    expect(parseTagsLine('Oil: Gas, Baku')).toBeUndefined();
    expect(parseTagsLine('Oil, "Gas"')).toBeUndefined();
    expect(parseTagsLine('Oil (Brent), Gas')).toBeUndefined();
    expect(parseTagsLine('Baku, 12:30')).toBeUndefined();
    expect(parseTagsLine('Baku, 01.03.2021')).toBeUndefined();
    expect(parseTagsLine('Baku, 2021')).toBeUndefined();
    // A number inside a name is fine; a dot not between digits too.
    expect(parseTagsLine('Formula 1, G20')).toEqual(['Formula 1', 'G20']);
    expect(parseTagsLine('Node.js, Deno')).toEqual(['Node.js', 'Deno']);
  });

  it('keeps every item within 4 words and 60 characters, the line within 400', () => {
    expect(parseTagsLine(`${words(4)}, Gas`)).toEqual([words(4), 'Gas']);
    expect(parseTagsLine(`${words(5)}, Gas`)).toBeUndefined();
    expect(parseTagsLine(`X${'x'.repeat(59)}, Gas`)).toEqual([`X${'x'.repeat(59)}`, 'Gas']);
    expect(parseTagsLine(`X${'x'.repeat(60)}, Gas`)).toBeUndefined();
    const items = Array.from({ length: 80 }, (_, i) => `Tag${String.fromCharCode(97 + (i % 26))}`);
    expect(items.join(', ').length).toBeGreaterThan(400);
    expect(parseTagsLine(items.join(', '))).toBeUndefined();
    expect(parseTagsLine(items.slice(0, 40).join(', '))).toHaveLength(40);
  });
});

describe('looksLikeParagraph', () => {
  it('a line over 255 characters, or a sentence of over 20 words', () => {
    expect(looksLikeParagraph('x'.repeat(256))).toBe(true);
    expect(looksLikeParagraph('x'.repeat(255))).toBe(false);
    expect(looksLikeParagraph(`${words(21, 'word')}.`)).toBe(true);
    expect(looksLikeParagraph(`${words(20, 'word')}.`)).toBe(false);
    expect(looksLikeParagraph(`${words(21, 'word')}`)).toBe(false);
    expect(looksLikeParagraph(`${words(21, 'word')}!”`)).toBe(true);
    expect(looksLikeParagraph(`${words(21, 'word')}?)`)).toBe(true);
    expect(looksLikeParagraph(`${words(21, 'word')}.” he said`)).toBe(false);
  });
});
