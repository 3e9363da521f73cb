import { MAX_PICTURE_BYTES } from '../../../../shared/contracts';
import {
  chunkWithPictures,
  isPictureFile,
  matchPicture,
  namesPicture,
  normalizePath,
  pictureLimit,
  unnamedPictures,
  type ImportPicture,
} from '../pictures';

const picture = (name: string, bytes = 10): ImportPicture => ({
  name,
  file: new Blob([new Uint8Array(bytes)]),
});

describe('isPictureFile', () => {
  it('takes JPEG, PNG, GIF, WebP and AVIF by their extension, whatever its case', () => {
    for (const name of ['a.jpg', 'a.JPEG', 'b/c.png', 'd.gif', 'e.webp', 'f.AVIF']) {
      expect({ name, ok: isPictureFile(name) }).toEqual({ name, ok: true });
    }
    for (const name of ['a.svg', 'a.png.exe', 'a.md', 'a.tiff', 'png', 'a.jpg.txt']) {
      expect({ name, ok: isPictureFile(name) }).toEqual({ name, ok: false });
    }
  });

  it('takes a file without an extension by its media type, never SVG', () => {
    expect(isPictureFile('photo', 'image/jpeg')).toBe(true);
    expect(isPictureFile('photo', 'IMAGE/PNG')).toBe(true);
    expect(isPictureFile('photo', 'image/svg+xml')).toBe(false);
    expect(isPictureFile('photo', '')).toBe(false);
    // An extension says what the file is: a .txt sent as image/png is not a picture.
    expect(isPictureFile('notes.txt', 'image/png')).toBe(false);
  });
});

describe('pictureLimit', () => {
  it('is the server’s picture limit, or the request limit when it is smaller', () => {
    expect(pictureLimit(null)).toBe(MAX_PICTURE_BYTES);
    expect(pictureLimit(MAX_PICTURE_BYTES * 2)).toBe(MAX_PICTURE_BYTES);
    expect(pictureLimit(1000)).toBe(1000);
  });
});

describe('normalizePath', () => {
  it('resolves . and .. as path.posix.normalize does', () => {
    expect(normalizePath('a/./b/../c.jpg')).toBe('a/c.jpg');
    expect(normalizePath('./pics/a.jpg')).toBe('pics/a.jpg');
    expect(normalizePath('a/../../b.jpg')).toBe('../b.jpg');
    expect(normalizePath('../../b.jpg')).toBe('../../b.jpg');
    expect(normalizePath('/../a.jpg')).toBe('/a.jpg');
    expect(normalizePath('a//b.jpg')).toBe('a/b.jpg');
    expect(normalizePath('')).toBe('.');
    expect(normalizePath('/')).toBe('/');
    expect(normalizePath('a/..')).toBe('.');
  });
});

describe('matchPicture (as the server matches a sent picture)', () => {
  const pictures = [
    picture('stories/pics/a.jpg'),
    picture('other/pics/a.jpg'),
    picture('stories/b.png'),
    picture('c d.webp'),
    picture('win\\e.gif'),
  ];

  it('finds the picture at the path beside the article', () => {
    expect(matchPicture(pictures, 'stories/a.md', 'pics/a.jpg')?.name).toBe('stories/pics/a.jpg');
    expect(matchPicture(pictures, 'other/x.md', './pics/a.jpg')?.name).toBe('other/pics/a.jpg');
    expect(matchPicture(pictures, 'stories/deep/x.md', '../b.png')?.name).toBe('stories/b.png');
    expect(matchPicture(pictures, 'stories/a.md', 'pics\\a.jpg')?.name).toBe('stories/pics/a.jpg');
  });

  it('else the only picture with that file name; none when several have it', () => {
    expect(matchPicture(pictures, 'a.md', 'b.png')?.name).toBe('stories/b.png');
    expect(matchPicture(pictures, 'a.md', 'elsewhere/b.png')?.name).toBe('stories/b.png');
    expect(matchPicture(pictures, 'a.md', 'a.jpg')).toBeUndefined();
    expect(matchPicture(pictures, 'a.md', 'e.gif')?.name).toBe('win\\e.gif');
    expect(matchPicture(pictures, 'a.md', 'missing.png')).toBeUndefined();
  });

  it('reads a URL-encoded path, keeps a malformed one as written', () => {
    expect(matchPicture(pictures, 'a.md', 'c%20d.webp')?.name).toBe('c d.webp');
    expect(matchPicture([picture('100%.png')], 'a.md', '100%.png')?.name).toBe('100%.png');
  });

  it('never matches an address or a Media Library URL', () => {
    expect(matchPicture(pictures, 'a.md', 'https://example.com/b.png')).toBeUndefined();
    expect(matchPicture(pictures, 'a.md', 'HTTP://example.com/b.png')).toBeUndefined();
    expect(matchPicture(pictures, 'a.md', '/uploads/b.png')).toBeUndefined();
  });
});

describe('namesPicture', () => {
  it('finds the file name as written, URL-encoded or HTML-escaped', () => {
    expect(namesPicture('cover: pics/a.jpg', 'stories/pics/a.jpg')).toBe(true);
    expect(namesPicture('![x](my%20photo.jpg)', 'my photo.jpg')).toBe(true);
    expect(namesPicture('<img src="tom&amp;jerry.png">', 'tom&jerry.png')).toBe(true);
    expect(namesPicture('cover: pics/a.jpg', 'b.jpg')).toBe(false);
    expect(namesPicture('cover: pics/A.JPG', 'a.jpg')).toBe(false);
    expect(namesPicture('anything', 'folder/')).toBe(false);
  });

  it('lists the pictures no article names', () => {
    const named = picture('a.jpg');
    const unnamed = picture('z.png');
    const files = [
      { name: 'x.md', content: 'cover: a.jpg' },
      { name: 'y.md', content: 'none' },
    ];
    expect(unnamedPictures(files, [named, unnamed])).toEqual([unnamed]);
  });
});

describe('chunkWithPictures', () => {
  const article = (name: string, content: string) => ({ name, content });

  it('sends each picture with the requests whose articles name it, and no other', () => {
    const a = picture('a.jpg');
    const b = picture('b.jpg');
    const unused = picture('c.jpg');
    const files = [
      article('1.md', 'cover: a.jpg'),
      article('2.md', 'none'),
      article('3.md', '![](a.jpg) ![](b.jpg)'),
    ];
    expect(chunkWithPictures(files, [a, b, unused], 2)).toEqual([
      { files: files.slice(0, 2), pictures: [a] },
      { files: files.slice(2), pictures: [a, b] },
    ]);
  });

  it('counts the pictures in the byte limit of a request, each once', () => {
    const a = picture('a.jpg', 50);
    const files = [
      article('1.md', 'a.jpg 1'), // 7 bytes
      article('2.md', 'a.jpg 2'), // 7 more, a.jpg already counted: 64
      article('3.md', 'nothing'), // 7: 71 > 70, a new request
    ];
    expect(chunkWithPictures(files, [a], 10, 70)).toEqual([
      { files: files.slice(0, 2), pictures: [a] },
      { files: files.slice(2), pictures: [] },
    ]);
    // The limit itself is allowed.
    expect(chunkWithPictures(files, [a], 10, 71)).toHaveLength(1);
  });

  it('gives an article alone over the limit its own request (the server says why)', () => {
    const big = picture('big.jpg', 500);
    const files = [article('1.md', 'x'), article('2.md', 'big.jpg'), article('3.md', 'y')];
    expect(chunkWithPictures(files, [big], 10, 100)).toEqual([
      { files: [files[0]], pictures: [] },
      { files: [files[1]], pictures: [big] },
      { files: [files[2]], pictures: [] },
    ]);
  });

  it('counts files only when no limit is known, and gives nothing for no files', () => {
    const files = Array.from({ length: 5 }, (_, i) => article(`${i}.md`, 'x'));
    expect(chunkWithPictures(files, [], 2).map((c) => c.files.length)).toEqual([2, 2, 1]);
    expect(chunkWithPictures([], [picture('a.jpg')], 2)).toEqual([]);
  });
});
