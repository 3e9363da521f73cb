import { readHistoryQuery } from '../history-query';

const refusal = (query: Record<string, unknown>) => {
  try {
    readHistoryQuery(query);
  } catch (error) {
    return error as { name: string; message: string; details: { key: string } };
  }
  throw new Error('accepted');
};

describe('readHistoryQuery', () => {
  it('defaults to the first page of 20, no filters', () => {
    expect(readHistoryQuery({})).toEqual({ page: 1, pageSize: 20, filters: {} });
  });

  it('reads every filter', () => {
    expect(
      readHistoryQuery({
        page: '2',
        pageSize: '500',
        user: '7',
        origin: 'cli',
        from: '2026-11-29',
        to: '2026-11-30T10:00:00+04:00',
        result: 'failed',
        batch: '0b6d1c8e-5f0e-4c3a-9d2e-1f2a3b4c5d6e',
      })
    ).toEqual({
      page: 2,
      pageSize: 100,
      filters: {
        user: 7,
        origin: 'cli',
        from: '2026-11-29T00:00:00.000Z',
        to: '2026-11-30T06:00:00.000Z',
        result: 'failed',
        batch: '0b6d1c8e-5f0e-4c3a-9d2e-1f2a3b4c5d6e',
      },
    });
  });

  it.each([
    [{ page: '0' }, 'page'],
    [{ page: 'x' }, 'page'],
    [{ user: '-1' }, 'user'],
    [{ user: ['1', '2'] }, 'user'],
    [{ origin: 'robot' }, 'origin'],
    [{ result: 'great' }, 'result'],
    [{ batch: 'short' }, 'batch'],
    [{ batch: 'has spaces in it' }, 'batch'],
    [{ from: 'yesterday' }, 'from'],
    [{ from: '2026-02-30' }, 'from'],
    [{ to: '2026-13-01' }, 'to'],
    [{ from: '2026-11-30', to: '2026-11-29' }, 'to'],
  ])('refuses %j, naming %s', (query, key) => {
    const error = refusal(query);
    expect(error.name).toBe('ValidationError');
    expect(error.details.key).toBe(key);
    expect(error.message).toContain(`"${key}"`);
  });
});
