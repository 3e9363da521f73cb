import { createIntl } from 'react-intl';

import { toRequestFailure } from '../../admin/src/api/errors';
import az from '../../admin/src/translations/az.json';
import { getTranslation } from '../../admin/src/utils/getTranslation';
import { requestErrorMessage } from '../../admin/src/utils/requestErrors';
import type { Translate } from '../../admin/src/utils/useT';
import type { NewsroomSettings, RequestErrorDetails } from '../../shared/contracts';
import { newsText } from '../helpers/articles';
import {
  createAdminSession,
  grantAdminPermissions,
  request,
  type AdminSession,
} from '../helpers/requests';
import { startTestApp, type TestApp } from '../helpers/strapi';

/**
 * The import, preview and history routes refuse with a code and its params in `details`, and the
 * admin says each of them in Azerbaijani (the English message stays for API callers).
 */

let app: TestApp;
let superAdmin: AdminSession;
let editor: AdminSession;

beforeAll(async () => {
  app = await startTestApp();
  await grantAdminPermissions(app, 'strapi-editor', ['plugin::newsroom.import']);
  superAdmin = await createAdminSession(app, 'strapi-super-admin');
  editor = await createAdminSession(app, 'strapi-editor');
});

afterAll(async () => {
  await app?.stop();
});

interface ErrorBody {
  data: null;
  error: { status: number; name: string; message: string; details: RequestErrorDetails };
}

const intl = createIntl({
  locale: 'az',
  messages: Object.fromEntries(
    Object.entries(az as Record<string, string>).map(([key, value]) => [getTranslation(key), value])
  ),
  onError: (error) => {
    throw error;
  },
});
const tAz: Translate = (id, defaultMessage, values) =>
  intl.formatMessage({ id: getTranslation(id), defaultMessage }, values);

/** What the admin shows for this answer: the server's body as the fetch client hands it over. */
const shownInAz = (status: number, body: ErrorBody): string | null =>
  requestErrorMessage(
    toRequestFailure(
      Object.assign(new Error(body.error.message), {
        name: 'FetchError',
        status,
        response: { data: body },
      })
    ),
    tAz
  );

const post = (path: string, body: unknown) =>
  request<ErrorBody>(app, path, { method: 'POST', token: editor.token, body });

const history = (query: string) =>
  request<ErrorBody>(app, `/newsroom/imports?${query}`, { token: editor.token });

describe('refusals with codes (real Strapi)', () => {
  it.each([
    [
      'a status that is neither draft nor published',
      () =>
        post('/newsroom/import/preview', {
          files: [{ name: 'a.txt', content: 'x' }],
          status: 'maybe',
        }),
      { key: 'status', code: 'INVALID_STATUS', params: { value: '"maybe"' } },
      'Status «Qaralama» və ya «Dərc olunub» olmalıdır.',
    ],
    [
      'an import without files',
      () => post('/newsroom/import', { files: [] }),
      { key: 'files', code: 'NO_FILES', params: {} },
      'İdxalda fayl yoxdur. Fayl əlavə edin və ya mətn yapışdırın.',
    ],
    [
      'a file without a name',
      () =>
        post('/newsroom/import/preview', {
          files: [
            { name: 'a.txt', content: 'x' },
            { name: '', content: 'x' },
          ],
        }),
      { key: 'files[1].name', code: 'INVALID_FILE_NAME', params: { index: 1, max: 255 } },
      '2 nömrəli faylın adı 1 ilə 255 simvol arasında olmalıdır.',
    ],
    [
      'an import whose every file is invalid',
      () =>
        post('/newsroom/import', {
          files: [{ name: 'broken.md', content: '---\ntitle: "Broken\ntags: [a\n---\n\nBody.\n' }],
        }),
      { code: 'NOTHING_TO_IMPORT', params: { count: 1, source: 'broken.md' } },
      /^1 məqalədən heç biri idxal edilə bilmir, ona görə heç nə idxal edilmədi\. İlk problem: broken\.md/,
    ],
    [
      'an import whose every file has no title: the first problem said in Azerbaijani too',
      () =>
        post('/newsroom/import', {
          files: [{ name: 'untitled.md', content: '---\ntags: [a]\n---\n' }],
        }),
      {
        code: 'NOTHING_TO_IMPORT',
        params: {
          count: 1,
          source: 'untitled.md',
          code: 'NO_TITLE',
          params: { format: 'markdown' },
        },
      },
      '1 məqalədən heç biri idxal edilə bilmir, ona görə heç nə idxal edilmədi. İlk problem: untitled.md: ' +
        'Məqalənin başlığı yoxdur: front matter-ə “title: …” əlavə edin və ya mətni “# Başlıq” sətri ilə başlayın.',
    ],
    [
      'a history date that is not a day of its month',
      () => history('from=2026-02-30'),
      { key: 'from', code: 'INVALID_DATE', params: { key: 'from', value: '2026-02-30' } },
      '“from” 2026-11-29 kimi tarix olmalıdır (alınan: “2026-02-30”).',
    ],
    [
      'a history range that ends before it starts',
      () => history('from=2026-11-29&to=2026-11-01'),
      {
        key: 'to',
        code: 'INVALID_DATE_RANGE',
        params: { from: '2026-11-29T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z' },
      },
      'Son tarix başlanğıc tarixindən sonra olmalıdır (2026-11-29 – 2026-11-01).',
    ],
    [
      'an unknown history result filter',
      () => history('result=odd'),
      { key: 'result', code: 'INVALID_CHOICE', params: { key: 'result', value: 'odd' } },
      /^“result” bunlardan biri olmalıdır: .+ \(alınan: “odd”\)\.$/,
    ],
    [
      'a page number below 1',
      () => history('page=0'),
      { key: 'page', code: 'INVALID_NUMBER', params: { key: 'page', value: '0' } },
      '“page” 1-dən başlayan tam ədəd olmalıdır (alınan: “0”).',
    ],
    [
      'a repeated history parameter',
      () => history('page=1&page=2'),
      { key: 'page', code: 'REPEATED_PARAMETER', params: { key: 'page' } },
      '“page” filtri bir dəfədən çox verilib.',
    ],
  ] as const)('%s: 400 with the code, said in Azerbaijani', async (_, send, details, shown) => {
    const res = await send();
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(res.body.error.message).toMatch(/\w/); // the English message stays
    expect(res.body.error.details).toMatchObject(details);
    const text = shownInAz(res.status, res.body);
    if (typeof shown === 'string') expect(text).toBe(shown);
    else expect(text).toMatch(shown);
  });

  it('an import over maxImportBytes: 413 with the sizes, said in MB', async () => {
    const saved = await request<{ data: NewsroomSettings }>(app, '/newsroom/settings', {
      method: 'PUT',
      token: superAdmin.token,
      body: { maxImportBytes: 2048 },
    });
    expect(saved.status).toBe(200);
    try {
      const big = newsText({ title: 'Too big', paragraphs: ['word '.repeat(1000)] });
      const res = await post('/newsroom/import', { files: [{ name: 'big.txt', content: big }] });
      expect(res.status).toBe(413);
      const { details } = res.body.error;
      expect(details).toMatchObject({ code: 'IMPORT_TOO_LARGE', params: { limit: 2048 } });
      // Still at the top of details for API callers that read them there.
      expect(details).toMatchObject({ bytes: Buffer.byteLength(big), limit: 2048 });
      expect(shownInAz(res.status, res.body)).toMatch(
        /^İdxalın həcmi \d(\.\d)? KB-dır, bu isə 2 KB limitindən çoxdur/
      );
    } finally {
      await request(app, '/newsroom/settings', {
        method: 'PUT',
        token: superAdmin.token,
        body: { maxImportBytes: 5 * 1024 * 1024 },
      });
    }
  });
});
