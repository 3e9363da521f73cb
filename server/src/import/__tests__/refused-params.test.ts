import { readImportRequest } from '../request';

/** The admin sends the files it refused with the preview's error, params included. */
const refusedWith = async (error: Record<string, unknown>) => {
  const parsed = await readImportRequest(
    {
      request: {
        headers: {},
        body: {
          files: [{ name: 'good.txt', content: 'Title\n\nText.' }],
          batch: 'batch-0001',
          refused: [{ file: 'no-title.md', index: null, title: null, error }],
        },
      },
    },
    1_000_000
  );
  return parsed.refused[0].error;
};

describe('refused articles keep their error params for the history', () => {
  const base = { message: 'The article has no title: …', line: 2, code: 'NO_TITLE' };

  it("keeps a known code's params", async () => {
    expect(await refusedWith({ ...base, params: { format: 'markdown' } })).toEqual({
      ...base,
      column: null,
      params: { format: 'markdown' },
    });
    expect(
      await refusedWith({
        message: 'Not text',
        code: 'NOT_TEXT',
        params: { reason: 'UTF16', position: null },
      })
    ).toMatchObject({ params: { reason: 'UTF16', position: null } });
  });

  it('leaves out params that are not the code’s (the English message stays)', async () => {
    for (const params of [
      { format: 'markdown', extra: 'x' },
      { format: { nested: true } },
      { format: 'x'.repeat(2001) },
      ['markdown'],
      'markdown',
    ]) {
      const error = await refusedWith({ ...base, params });
      expect(error).toEqual({ ...base, column: null });
    }
    const unknownCode = await refusedWith({
      message: 'Bad field',
      code: 'NOT_A_CODE',
      params: { detail: 'x' },
    });
    expect(unknownCode.params).toBeUndefined();
    // A field's problem: its English sentence is its one param.
    const field = await refusedWith({
      message: 'Bad field',
      code: 'INVALID_FIELD',
      params: { detail: 'Bad field' },
    });
    expect(field.params).toEqual({ detail: 'Bad field' });
  });

  it('strips unprintable characters from a text param, as from the message', async () => {
    const error = await refusedWith({
      message: 'Strapi refused the article',
      code: 'INVALID_ARTICLE',
      params: { detail: 'bad\u0007 value' },
    });
    expect(error.params).toEqual({ detail: 'bad value' });
  });
});
