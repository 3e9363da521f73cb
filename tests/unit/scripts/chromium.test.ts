import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { findChromium } from '../../../scripts/chromium';

/*
 * Which Chromium the browser tests get (scripts/chromium.js). The last resort is the binary
 * inside the @sparticuz/chromium devDependency, unpacked for real here (a few seconds the first
 * time): it is what makes `npm test` work on a machine without a browser.
 */
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-chromium-'));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first', async () => {
    const fake = path.join(dir, 'my-chromium');
    fs.writeFileSync(fake, '#!/bin/sh\n', { mode: 0o755 });
    const found = await findChromium({ CHROMIUM_PATH: fake });
    expect(found).toMatchObject({ executablePath: fake, source: 'CHROMIUM_PATH' });
    expect(found.args).toContain('--headless');
  });

  it('says what to do when CHROMIUM_PATH is not an executable file', async () => {
    const missing = path.join(dir, 'nowhere', 'chromium');
    await expect(findChromium({ CHROMIUM_PATH: missing })).rejects.toThrow(
      `CHROMIUM_PATH=${missing} is not an executable file`
    );
    const notExecutable = path.join(dir, 'plain-file');
    fs.writeFileSync(notExecutable, '', { mode: 0o644 });
    await expect(findChromium({ CHROMIUM_PATH: notExecutable })).rejects.toThrow(
      'is not an executable file'
    );
  });

  it("then Debian's /usr/bin/chromium where there is one", async () => {
    const found = await findChromium({});
    expect(found.source).toBe(
      fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : '@sparticuz/chromium'
    );
  });

  it('else the Chromium inside @sparticuz/chromium, as a normal multi-process browser', async () => {
    const found = await findChromium({ NEWSROOM_E2E_NO_SYSTEM_CHROMIUM: '1' });
    expect(found.source).toBe('@sparticuz/chromium');
    fs.accessSync(found.executablePath, fs.constants.X_OK);
    expect(found.args).toEqual(expect.arrayContaining(['--no-sandbox']));
    expect(found.args).not.toContain('--single-process');
  });
});
