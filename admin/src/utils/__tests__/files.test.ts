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
      rejected: [
        { name: 'b.pdf', reason: 'type' },
        { name: 'big.md', reason: 'size' },
        { name: 'broken.md', reason: 'unreadable' },
      ],
    });
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
