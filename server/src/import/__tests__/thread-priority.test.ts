import { currentThreadId, lowerThreadPriority } from '../thread-priority';

describe('currentThreadId', () => {
  it('reads the thread id from /proc/thread-self', () => {
    expect(currentThreadId(() => '4242/task/4250')).toBe(4250);
  });

  it('is null where there is no /proc/thread-self or it says something else', () => {
    expect(
      currentThreadId(() => {
        throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      })
    ).toBeNull();
    expect(currentThreadId(() => 'something/else')).toBeNull();
  });
});

describe('lowerThreadPriority', () => {
  it('lowers the thread by the given steps from where it is, to 19 at most', () => {
    const set = jest.fn();
    expect(lowerThreadPriority(10, { threadId: () => 7, get: () => 0, set })).toBe(10);
    expect(set).toHaveBeenLastCalledWith(7, 10);
    expect(lowerThreadPriority(10, { threadId: () => 7, get: () => 5, set })).toBe(15);
    expect(set).toHaveBeenLastCalledWith(7, 15);
    expect(lowerThreadPriority(10, { threadId: () => 7, get: () => 15, set })).toBe(19);
    expect(set).toHaveBeenLastCalledWith(7, 19);
  });

  it('changes nothing, and does not throw, where it cannot', () => {
    const set = jest.fn();
    expect(lowerThreadPriority(10, { threadId: () => null, get: () => 0, set })).toBeNull();
    expect(set).not.toHaveBeenCalled();
    const refused = () => {
      throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
    };
    expect(lowerThreadPriority(10, { threadId: () => 7, get: () => 0, set: refused })).toBeNull();
  });
});
