import { readByline } from '../news-text/byline';

describe('readByline', () => {
  // Surnames that are also role words ("Writer", "Press", "News") must not turn the second
  // author into an outlet when the names are joined by "and" with no comma.
  it.each([
    ['By Ann Writer and Bob Writer', ['Ann Writer', 'Bob Writer']],
    ['By Ann Press & Bob News', ['Ann Press', 'Bob News']],
    ['By Zed Zeta, Ann Writer and Bob Writer', ['Zed Zeta', 'Ann Writer', 'Bob Writer']],
  ])('%s names every author and no outlet', (line, authors) => {
    const byline = readByline(line);
    expect(byline?.authors).toEqual(authors);
    expect(byline?.outlet).toBeUndefined();
  });

  it.each([
    ['By Jane Roe, Reuters', ['Jane Roe'], 'Reuters'],
    ['By Jane Roe and John Doe, Staff Writer', ['Jane Roe', 'John Doe'], 'Staff Writer'],
  ])('%s keeps the item after the last comma as the outlet', (line, authors, outlet) => {
    expect(readByline(line)).toMatchObject({ authors, outlet });
  });

  it.each([
    'By Monday Morning',
    'By Monday Morning,',
    'By Late Afternoon',
    'By Friday Night and Sunday',
    'By Then',
    'By Tomorrow Evening – Trend',
  ])('%s is a time, not a byline', (line) => {
    expect(readByline(line)).toBeUndefined();
  });

  it.each([
    ['By April Ryan', ['April Ryan']],
    ['By June Lee and May Chen', ['June Lee', 'May Chen']],
    ['By Nightingale Florence', ['Nightingale Florence']],
  ])('%s keeps names that start like a month or a time word', (line, authors) => {
    expect(readByline(line)?.authors).toEqual(authors);
  });
});
