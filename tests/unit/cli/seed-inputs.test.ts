import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';

import { readSeedInputs, WINDOW_BYTES, WINDOW_FILES } from '../../../server/src/cli/seed-inputs';
import type { ImportInput } from '../../../server/src/import/types';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'newsroom-seed-inputs-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const collect = async (windows: AsyncIterable<ImportInput[]> | Iterable<ImportInput[]>) => {
  const out: ImportInput[][] = [];
  for await (const window of windows) out.push(window);
  return out;
};

describe('readSeedInputs (newsroom seed reads a window at a time)', () => {
  it('yields the files in path order, at most WINDOW_FILES at a time, with their paths in the folder', async () => {
    const folder = path.join(dir, 'news');
    mkdirSync(path.join(folder, 'sub'), { recursive: true });
    const count = WINDOW_FILES * 2 + 7;
    for (let i = 0; i < count; i += 1) {
      const where = i % 2 === 0 ? folder : path.join(folder, 'sub');
      writeFileSync(path.join(where, `a-${String(i).padStart(4, '0')}.txt`), `Title ${i}\n\nBody.`);
    }
    const stream = readSeedInputs(['news'], dir);
    expect(stream.total).toBe(count);
    expect(stream.repeatedHashes?.size).toBe(0);
    const windows = await collect(stream.windows);
    expect(windows.map((w) => w.length)).toEqual([WINDOW_FILES, WINDOW_FILES, 7]);
    const all = windows.flat();
    expect(all.map((i) => i.path)).toEqual([...all.map((i) => i.path)].sort());
    expect(all[0]).toMatchObject({ name: path.join('news', 'a-0000.txt'), path: 'a-0000.txt' });
    expect(all.find((i) => i.path === path.join('sub', 'a-0001.txt'))?.content).toEqual(
      new Uint8Array(Buffer.from('Title 1\n\nBody.'))
    );
  });

  it('starts a new window before WINDOW_BYTES is passed, and finds bytes repeated across windows', async () => {
    const big = 'x'.repeat(Math.ceil(WINDOW_BYTES / 2));
    writeFileSync(path.join(dir, '1.txt'), `One\n\n${big}`);
    writeFileSync(path.join(dir, '2.txt'), `Two\n\n${big}`);
    writeFileSync(path.join(dir, '3.txt'), `One\n\n${big}`);
    const stream = readSeedInputs(['1.txt', '2.txt', '3.txt'], dir);
    const windows = await collect(stream.windows);
    expect(windows.map((w) => w.map((i) => i.name))).toEqual([['1.txt'], ['2.txt'], ['3.txt']]);
    expect(stream.repeatedHashes?.size).toBe(1);
  });

  it('names a file that went away after it was listed, with what to do', async () => {
    const folder = path.join(dir, 'news');
    mkdirSync(folder, { recursive: true });
    for (const name of ['a.txt', 'b.txt']) writeFileSync(path.join(folder, name), 'Title\n\nBody.');
    const stream = readSeedInputs(['news'], dir);
    rmSync(path.join(folder, 'b.txt'));
    await expect(collect(stream.windows)).rejects.toThrow(
      new RegExp(
        `^Cannot read ${path.join(folder, 'b.txt')}: .*ENOENT.*Check that the file exists and is readable\\.$`
      )
    );
  });
});
