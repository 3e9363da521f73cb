import { isAcceptedFile, readFileText, readImportFiles } from '../files';

describe('isAcceptedFile', () => {
  it('accepts news text, Markdown and JSON, whatever the case of the extension', () => {
    for (const name of ['a.txt', 'a.md', 'a.markdown', 'a.json', 'A.TXT', 'b.Md', 'c.d.JSON']) {
      expect({ name, ok: isAcceptedFile(name) }).toEqual({ name, ok: true });
    }
    for (const name of ['a.pdf', 'a.txt.exe', 'md', 'a.jsonx', 'a', 'json']) {
      expect({ name, ok: isAcceptedFile(name) }).toEqual({ name, ok: false });
    }
  });
});

describe('readImportFiles', () => {
  it('reads the accepted files in order and gives the others with the reason', async () => {
    const unreadable = new File(['x'], 'broken.md');
    Object.defineProperty(unreadable, 'text', { value: () => Promise.reject(new Error('gone')) });
    const result = await readImportFiles(
      [
        new File(['Title\n\nBody.'], 'a.txt'),
        new File(['%PDF'], 'b.pdf'),
        new File(['x'.repeat(15)], 'big.md'),
        new File(['# Ten bytes'.slice(0, 10)], 'ten.md'),
        unreadable,
        new File(['{"title":"Ə"}'], 'c.json'),
      ],
      14 // c.json is 14 bytes (Ə is two): the limit itself is allowed
    );
    expect(result).toEqual({
      files: [
        { name: 'a.txt', content: 'Title\n\nBody.' },
        { name: 'ten.md', content: '# Ten byte' },
        { name: 'c.json', content: '{"title":"Ə"}' },
      ],
      pictures: [],
      rejected: [
        { name: 'b.pdf', reason: 'type' },
        { name: 'big.md', reason: 'size' },
        { name: 'broken.md', reason: 'unreadable' },
      ],
      ignored: [],
    });
  });

  it('keeps the pictures unread, refuses one over the picture limit with the limit', async () => {
    const png = new File([new Uint8Array(20)], 'a.png', { type: 'image/png' });
    const noExtension = new File([new Uint8Array(5)], 'photo', { type: 'image/jpeg' });
    const result = await readImportFiles(
      [
        png,
        noExtension,
        new File([new Uint8Array(21)], 'big.webp'),
        new File(['<svg/>'], 'logo.svg', { type: 'image/svg+xml' }),
      ],
      20
    );
    expect(result).toEqual({
      files: [],
      pictures: [
        { name: 'a.png', file: png },
        { name: 'photo', file: noExtension },
      ],
      rejected: [
        { name: 'big.webp', reason: 'pictureSize', limit: 20 },
        { name: 'logo.svg', reason: 'type' },
      ],
      ignored: [],
    });
  });

  it('names the files of a folder by their path in it; leaves out its other and hidden files', async () => {
    const picked = (path: string, content = 'x') => ({
      file: new File([content], path.slice(path.lastIndexOf('/') + 1)),
      path,
    });
    const chosen = new File(['# B\n\nBody.'], 'b.md');
    Object.defineProperty(chosen, 'webkitRelativePath', { value: 'stories/b.md' });
    const result = await readImportFiles(
      [
        picked('/stories/a.md', '# A\n\nBody.'),
        picked('stories/pics/a.jpg'),
        picked('stories/notes.pdf'),
        picked('stories/.DS_Store'),
        picked('stories/.git/config.json'),
        chosen,
      ],
      null
    );
    expect(result.files.map((f) => f.name)).toEqual(['stories/a.md', 'stories/b.md']);
    expect(result.pictures.map((p) => p.name)).toEqual(['stories/pics/a.jpg']);
    expect(result.rejected).toEqual([]);
    expect(result.ignored).toEqual([
      'stories/notes.pdf',
      'stories/.DS_Store',
      'stories/.git/config.json',
    ]);
  });

  it('has no size limit when none is known', async () => {
    const result = await readImportFiles([new File(['x'.repeat(5000)], 'a.md')], null);
    expect(result.files).toHaveLength(1);
    expect(result.rejected).toEqual([]);
  });
});

describe('readFileText', () => {
  it('uses File.text(), else a FileReader', async () => {
    expect(await readFileText(new File(['Məmmədov'], 'a.txt'))).toBe('Məmmədov');

    class FakeReader {
      result: string | null = null;
      error: Error | null = null;
      onload: (() => void) | null = null;
      onerror: (() => void) | null = null;
      readAsText(file: Blob, encoding: string) {
        void file.arrayBuffer().then((buffer) => {
          if (encoding !== 'utf-8') throw new Error(`unexpected encoding ${encoding}`);
          if (buffer.byteLength === 0) {
            this.error = file.type === 'text/broken' ? null : new Error('empty');
            this.onerror?.();
          } else {
            this.result = new TextDecoder().decode(buffer);
            this.onload?.();
          }
        });
      }
    }
    const original = globalThis.FileReader;
    globalThis.FileReader = FakeReader as unknown as typeof FileReader;
    try {
      const old = new File(['Ə ş ğ'], 'a.txt');
      Object.defineProperty(old, 'text', { value: undefined });
      expect(await readFileText(old)).toBe('Ə ş ğ');
      const empty = new File([], 'e.txt');
      Object.defineProperty(empty, 'text', { value: undefined });
      await expect(readFileText(empty)).rejects.toThrow('empty');
      // A reader that fails without saying why.
      const mute = new File([], 'm.txt', { type: 'text/broken' });
      Object.defineProperty(mute, 'text', { value: undefined });
      await expect(readFileText(mute)).rejects.toThrow('The file could not be read');
    } finally {
      globalThis.FileReader = original;
    }
  });
});
