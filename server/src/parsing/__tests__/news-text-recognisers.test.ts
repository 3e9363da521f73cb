import { isRootlessBreadcrumb, parseBreadcrumb } from '../news-text/breadcrumb';
import { isName, readByline } from '../news-text/byline';
import { isBoilerplate, readAboutLine, readAuthorNote } from '../news-text/chrome';
import { readDateline } from '../news-text/dateline';

/**
 * The recognisers of a news text's header and trailer lines (bylines, datelines, breadcrumbs,
 * author boxes and boilerplate): what each reads, what it refuses, and the bounds of each.
 */

describe('isName', () => {
  it('is 1 to maxWords capitalised words of at most 80 characters', () => {
    expect(isName('Ann Mary Lee Roe Smith', 5)).toBe(true);
    expect(isName('Ann Mary Lee Roe Smith Jones', 5)).toBe(false);
    expect(isName(`A${'a'.repeat(79)}`, 5)).toBe(true);
    expect(isName(`A${'a'.repeat(80)}`, 5)).toBe(false);
  });

  it('refuses digits and the punctuation of prose', () => {
    expect(isName('Jane Roe 2', 5)).toBe(false);
    expect(isName('Jane (Roe)', 5)).toBe(false);
    expect(isName('Jane Roe!', 5)).toBe(false);
  });

  it('needs the first and the last word capitalised, or a capitalised part after a hyphen', () => {
    expect(isName('Jane roe', 5)).toBe(false);
    expect(isName('jane Roe', 5)).toBe(false);
    expect(isName('Mohammed al-Hassan', 5)).toBe(true);
    expect(isName('Mohammed al-hassan', 5)).toBe(false);
  });
});

describe('readByline: names and outlets', () => {
  it('reads an outlet in parentheses, even doubled', () => {
    expect(readByline('By Jane Roe (AP)')).toEqual({ authors: ['Jane Roe'], outlet: 'AP' });
    expect(readByline('By Jane Roe ((AP))')).toEqual({ authors: ['Jane Roe'], outlet: 'AP' });
    // Nothing in the parentheses: no outlet.
    expect(readByline('By Jane Roe ()')).toEqual({ authors: ['Jane Roe'] });
  });

  it('keeps a name that ends with an initial or "Jr." before an outlet too', () => {
    expect(readByline('By John Smith Jr.')).toEqual({ authors: ['John Smith Jr.'] });
    expect(readByline('By John Smith Jr. – Reuters')).toEqual({
      authors: ['John Smith Jr.'],
      outlet: 'Reuters',
    });
    expect(readByline('By Jane Roe and John Q. | AzerNEWS')).toEqual({
      authors: ['Jane Roe', 'John Q.'],
      outlet: 'AzerNEWS',
    });
  });

  it('takes a colon off the end of the names, and only there', () => {
    expect(readByline('By Rauf Hasanli:')).toEqual({ authors: ['Rauf Hasanli'] });
    expect(readByline('By Jane: Roe')).toBeUndefined();
  });

  it('refuses names that end like a sentence or a list', () => {
    expect(readByline('By Jane Roe,')).toBeUndefined();
    expect(readByline('By Popular Demand.')).toBeUndefined();
    expect(readByline('By Jane Roe: – Trend')).toBeUndefined();
    expect(readByline('By Popular Demand. – Trend')).toBeUndefined();
    expect(readByline('By :')).toBeUndefined();
  });

  it('refuses a line where one name is not a name, or one is a time', () => {
    expect(readByline('By Jane Roe and the team')).toBeUndefined();
    expect(readByline('By Saturday, Jane Roe')).toBeUndefined();
  });

  it('skips an empty name before a comma (a template with an author left blank)', () => {
    expect(readByline('By , Madonna')).toEqual({ authors: ['Madonna'] });
  });

  it('reads one-word names, and a last one-word item as an outlet only after full names', () => {
    expect(readByline('By Madonna')).toEqual({ authors: ['Madonna'] });
    expect(readByline('By Jane Roe, John Doe')).toEqual({ authors: ['Jane Roe', 'John Doe'] });
    expect(readByline('By Cher, Jane Roe, Madonna')).toEqual({
      authors: ['Cher', 'Jane Roe', 'Madonna'],
    });
    expect(readByline('By Jane Roe, Cher, Madonna')).toEqual({
      authors: ['Jane Roe', 'Cher', 'Madonna'],
    });
    expect(readByline('By Jane Roe, John Doe, Reuters')).toEqual({
      authors: ['Jane Roe', 'John Doe'],
      outlet: 'Reuters',
    });
  });

  it('with an outlet after a dash, every comma item is a name (even a role-word surname)', () => {
    expect(readByline('By Jane Roe, Ann Press – Reuters')).toEqual({
      authors: ['Jane Roe', 'Ann Press'],
      outlet: 'Reuters',
    });
  });

  it('reads a date after the last comma as the byline date', () => {
    expect(readByline('By Jane Roe and John Doe, 14 March 2024')).toMatchObject({
      authors: ['Jane Roe', 'John Doe'],
      date: { text: '14 March 2024', iso: '2024-03-14' },
    });
  });

  it('takes up to 12 names', () => {
    const names = [
      'Ann Lee',
      'Bob Roe',
      'Cal Poe',
      'Dan Day',
      'Eve Ray',
      'Fay Ash',
      'Gus Orr',
      'Hal Kim',
      'Ian Fox',
      'Joy Cox',
      'Kay Lam',
      'Lou Tan',
      'Max Bay',
    ];
    const byline = (n: number) => `By ${names.slice(0, n - 1).join(', ')} and ${names[n - 1]}`;
    expect(readByline(byline(12))).toEqual({ authors: names.slice(0, 12) });
    expect(readByline(byline(13))).toBeUndefined();
  });

  it('keeps a line of at most 300 characters, and an outlet of at most 80', () => {
    // Twelve names, the last padded so that the line is exactly 300 characters long.
    const line = (length: number) => {
      const names = Array.from(
        { length: 11 },
        (_, i) => `${'ABCDEFGHIJK'[i]}${'n'.repeat(18)} Lee`
      );
      const head = `By ${names.join(', ')} and `;
      return `${head}L${'l'.repeat(length - head.length - 5)} Lee`;
    };
    expect(line(300)).toHaveLength(300);
    expect(readByline(line(300))?.authors).toHaveLength(12);
    expect(readByline(line(301))).toBeUndefined();
    const outlet = (length: number) => `Caspian ${'N'.repeat(length - 8)}`;
    expect(readByline(`By Jane Roe – ${outlet(80)}`)).toEqual({
      authors: ['Jane Roe'],
      outlet: outlet(80),
    });
    expect(readByline(`By Jane Roe – ${outlet(81)}`)).toBeUndefined();
  });
});

describe('readDateline', () => {
  it('needs a place of at least three capitals', () => {
    expect(readDateline('UFA, 14 March – Officials said.')).toEqual({
      place: 'UFA',
      date: { text: '14 March', note: 'NO_YEAR' },
      rest: 'Officials said.',
    });
    expect(readDateline('EU, 14 March – Ministers met.')).toBeUndefined();
  });

  it('reads capitalised place items, with or without a space after the comma', () => {
    expect(readDateline('BAKU, Absheron Peninsula')).toEqual({
      place: 'BAKU, Absheron Peninsula',
      rest: '',
    });
    expect(readDateline('BAKU,Azerbaijan – Text.')).toEqual({
      place: 'BAKU, Azerbaijan',
      rest: 'Text.',
    });
    expect(readDateline('BAKU, Azerbaijan said')).toBeUndefined();
    expect(readDateline('BAKU, Absheron Peninsula said')).toBeUndefined();
    expect(readDateline('BAKU, north Azerbaijan')).toBeUndefined();
  });

  it('reads at most three comma items after the place', () => {
    expect(readDateline('SHUSHA, Karabakh, Azerbaijan, July 14')).toEqual({
      place: 'SHUSHA, Karabakh, Azerbaijan',
      date: { text: 'July 14', note: 'NO_YEAR' },
      rest: '',
    });
    expect(readDateline('SHUSHA, Karabakh, Azerbaijan, Caspian, July 14')).toBeUndefined();
  });

  it('adds a year item to the date; place items come before the date', () => {
    expect(readDateline('BAKU, July 14, 2024 – Text.')).toEqual({
      place: 'BAKU',
      date: { text: 'July 14, 2024', iso: '2024-07-14' },
      rest: 'Text.',
    });
    expect(readDateline('BAKU, 2024')).toBeUndefined();
    expect(readDateline('BAKU, July 14, Azerbaijan – Text.')).toBeUndefined();
    // An item with a date in it is a date only when the date is (nearly) all of it.
    expect(readDateline('BAKU, Meeting of July 14 – Text.')).toBeUndefined();
    expect(readDateline('BAKU, July 14 officials said.')).toBeUndefined();
  });

  it('alone on its line: a full stop may end it, and it needs more than a capitals word', () => {
    expect(readDateline('BAKU, July 14.')).toEqual({
      place: 'BAKU',
      date: { text: 'July 14', note: 'NO_YEAR' },
      rest: '',
    });
    expect(readDateline('BAKU, Azerbaijan')).toEqual({ place: 'BAKU, Azerbaijan', rest: '' });
    expect(readDateline('BAKU (Trend)')).toEqual({ place: 'BAKU', agency: 'Trend', rest: '' });
    expect(readDateline('NATO')).toBeUndefined();
  });

  it('the text after it starts a sentence', () => {
    expect(readDateline('BAKU – officials said.')).toBeUndefined();
    expect(readDateline('BAKU – officials met Ilham Aliyev.')).toBeUndefined();
  });

  it('reads an agency after the dash only when none came before it', () => {
    expect(readDateline('BAKU (Trend) – Ilham Aliyev. The president met.')).toEqual({
      place: 'BAKU',
      agency: 'Trend',
      rest: 'Ilham Aliyev. The president met.',
    });
    // Only after a dash: after a full stop the sentence starts with the name.
    expect(readDateline('BAKU. Ilham Aliyev. The president met.')).toEqual({
      place: 'BAKU',
      rest: 'Ilham Aliyev. The president met.',
    });
    // A comma further on is the sentence's, not a place item.
    expect(readDateline('BAKU (AP) – He met Ilham Aliyev, President.')).toEqual({
      place: 'BAKU',
      agency: 'AP',
      rest: 'He met Ilham Aliyev, President.',
    });
  });
});

describe('parseBreadcrumb', () => {
  it('cuts the title line off the end, whatever its separators', () => {
    expect(parseBreadcrumb('Home / Sport / Title', 'Title')).toEqual({
      path: ['Sport'],
      titleSegment: 'Title',
      matchesTitle: true,
    });
    expect(parseBreadcrumb('Home / Sport› Title', 'Title')).toEqual({
      path: ['Sport'],
      titleSegment: 'Title',
      matchesTitle: true,
    });
  });

  it('the title must follow a separator, not end a word', () => {
    expect(parseBreadcrumb('Home / Politics Azerbaijan', 'Azerbaijan')).toEqual({
      path: [],
      titleSegment: 'Politics Azerbaijan',
      matchesTitle: false,
    });
  });

  it('splits at spaced separators when there are any, else at the root separator', () => {
    expect(parseBreadcrumb('Home / Music / AC/DC tour', undefined)).toEqual({
      path: ['Music'],
      titleSegment: 'AC/DC tour',
      matchesTitle: false,
    });
    expect(parseBreadcrumb('Home/Sport /Football', undefined)).toEqual({
      path: ['Sport'],
      titleSegment: 'Football',
      matchesTitle: false,
    });
    expect(parseBreadcrumb('Home/Sport//Football', undefined)).toEqual({
      path: ['Sport'],
      titleSegment: 'Football',
      matchesTitle: false,
    });
    expect(parseBreadcrumb('Home › Sport›Football', undefined)).toEqual({
      path: ['Sport'],
      titleSegment: 'Football',
      matchesTitle: false,
    });
    expect(parseBreadcrumb('Home / Title', 'Title')).toEqual({
      path: [],
      titleSegment: 'Title',
      matchesTitle: true,
    });
    expect(parseBreadcrumb('Home /', 'Title')).toEqual({
      path: [],
      titleSegment: undefined,
      matchesTitle: false,
    });
  });

  it('a segment cut with an ellipsis matches the title it starts (10 characters or more)', () => {
    const title = 'Azerbaijan, Iran relations at high level – Iranian official';
    expect(parseBreadcrumb('Home / Politics / Azerbaijan, Iran relations at high…', title)).toEqual(
      {
        path: ['Politics'],
        titleSegment: 'Azerbaijan, Iran relations at high…',
        matchesTitle: true,
      }
    );
    expect(
      parseBreadcrumb(
        'Home / Economy / Wait... Is this the end…',
        'Wait... Is this the end of cheap oil?'
      ).matchesTitle
    ).toBe(true);
    const oil = 'Oil prices rise in Baku';
    expect(parseBreadcrumb('Home / Economy / Oil prices…', oil).matchesTitle).toBe(true);
    expect(parseBreadcrumb('Home / Economy / Oil…', oil).matchesTitle).toBe(false);
    // Without an ellipsis it is a category, not a cut title.
    expect(parseBreadcrumb('Home / Economy / Oil prices', oil)).toEqual({
      path: ['Economy'],
      titleSegment: 'Oil prices',
      matchesTitle: false,
    });
  });
});

describe('isRootlessBreadcrumb', () => {
  it('ends with the title line after a spaced separator', () => {
    expect(isRootlessBreadcrumb('News / Economy / Oil rises', 'Oil rises')).toBe(true);
    expect(isRootlessBreadcrumb('Economy › Oil rises', 'Oil rises')).toBe(true);
    expect(isRootlessBreadcrumb('Economy » Oil rises', 'Oil rises')).toBe(true);
    expect(isRootlessBreadcrumb('Economy > Oil rises', 'Oil rises')).toBe(true);
    expect(isRootlessBreadcrumb('Tour of AC/DC', 'DC')).toBe(false);
    expect(isRootlessBreadcrumb('News / Economy', undefined)).toBe(false);
    expect(isRootlessBreadcrumb('News / Economy /', '')).toBe(false);
  });
});

describe('page chrome', () => {
  it('boilerplate lines are at most 160 characters', () => {
    const follow = (length: number) => `Follow us on Twitter${'!'.repeat(length - 20)}`;
    expect(isBoilerplate(follow(160))).toBe(true);
    expect(isBoilerplate(follow(161))).toBe(false);
  });

  it('an "About <Name>" line is at most 120 characters and ends with the name', () => {
    const about = (length: number) => `About${' '.repeat(length - 13)}Jane Roe`;
    expect(readAboutLine(about(120))).toBe('Jane Roe');
    expect(readAboutLine(about(121))).toBeUndefined();
    expect(readAboutLine('About Jane Roe.')).toBeUndefined();
    expect(readAboutLine('About J. R. Tolkien')).toBe('J. R. Tolkien');
  });

  it("an author's note is at most 300 characters", () => {
    const note = (length: number) => {
      const head = "Ayya Lmahamad is AzerNews' staff journalist, follow her on Twitter";
      return `${head}${'.'.repeat(length - head.length)}`;
    };
    expect(readAuthorNote(note(300))).toBe('Ayya Lmahamad');
    expect(readAuthorNote(note(301))).toBeUndefined();
  });
});
