import { createNewsroomApi, importBody } from '../../../admin/src/api/newsroom';
import { ADMIN_ROUTES } from '../../../shared/contracts';

describe('importBody', () => {
  const files = [
    { name: 'stories/a.md', content: '---\ncover: pics/a.jpg\n---\nƏ' },
    { name: 'b.txt', content: 'B' },
  ];

  it('is the JSON body when no picture goes with the request', () => {
    const body = { files, status: 'draft' as const, adopt: true };
    expect(importBody(body)).toEqual(body);
    expect(importBody({ ...body, images: [] })).toEqual(body);
  });

  it('is a multipart upload with pictures: files and images parts by their paths, the choices as fields', async () => {
    const jpg = new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' });
    const form = importBody({
      files,
      status: 'published',
      adopt: true,
      locale: 'az',
      batch: 'batch-0001',
      overwrite: ['doc1', 'doc2'],
      refused: [{ file: 'x.md', index: null, title: null, error: { message: 'Bad', line: 1 } }],
      images: [{ name: 'stories/pics/a.jpg', file: jpg }],
    });
    expect(form).toBeInstanceOf(FormData);
    const parts = form as FormData;
    const sent = parts.getAll('files') as File[];
    expect(sent.map((file) => file.name)).toEqual(['stories/a.md', 'b.txt']);
    expect(await sent[0].text()).toBe(files[0].content);
    const images = parts.getAll('images') as File[];
    expect(images.map((file) => file.name)).toEqual(['stories/pics/a.jpg']);
    expect(new Uint8Array(await images[0].arrayBuffer())).toEqual(
      new Uint8Array([0xff, 0xd8, 0xff])
    );
    expect(parts.get('status')).toBe('published');
    expect(parts.get('adopt')).toBe('true');
    expect(parts.get('locale')).toBe('az');
    expect(parts.get('batch')).toBe('batch-0001');
    expect(JSON.parse(parts.get('overwrite') as string)).toEqual(['doc1', 'doc2']);
    expect(JSON.parse(parts.get('refused') as string)).toHaveLength(1);
    expect(parts.has('unsent')).toBe(false);
  });

  it('preview and import post it', async () => {
    const post = jest.fn(async () => ({
      data: { data: { dryRun: true } },
    }));
    const api = createNewsroomApi({ get: jest.fn(), put: jest.fn(), post } as never);
    const images = [{ name: 'a.png', file: new Blob(['png']) }];
    await api.preview({ files, images }).catch(() => undefined);
    await api.import({ files }).catch(() => undefined);
    expect(post).toHaveBeenNthCalledWith(1, ADMIN_ROUTES.preview, expect.any(FormData));
    expect(post).toHaveBeenNthCalledWith(2, ADMIN_ROUTES.import, { files });
  });
});
