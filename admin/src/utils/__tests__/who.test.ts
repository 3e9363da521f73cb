import type { ImportHistoryEntry } from '../../../../shared/contracts';
import { whoLabel } from '../who';

const t = (id: string, defaultMessage: string) => `${id}|${defaultMessage}`;
const entry = (over: Partial<ImportHistoryEntry>) =>
  ({ user: null, origin: 'admin', ...over }) as ImportHistoryEntry;

describe('whoLabel', () => {
  it('names the admin user: name, else e-mail, else #id', () => {
    expect(whoLabel(t, entry({ user: { id: 3, name: 'Ann', email: 'ann@x.test' } }))).toBe('Ann');
    expect(whoLabel(t, entry({ user: { id: 3, name: '', email: 'ann@x.test' } }))).toBe(
      'ann@x.test'
    );
    expect(whoLabel(t, entry({ user: { id: 3, name: '', email: null } }))).toBe('#3');
    expect(whoLabel(t, entry({ user: { id: 3, name: '', email: '' }, origin: 'cli' }))).toBe('#3');
  });

  it('without a user, says where the import came from', () => {
    expect(whoLabel(t, entry({ origin: 'cli' }))).toBe('history.origin.cli|Seed command');
    expect(whoLabel(t, entry({ origin: 'bootstrap' }))).toBe(
      'history.origin.bootstrap|Seed at start-up'
    );
    expect(whoLabel(t, entry({ origin: 'api' }))).toBe('history.origin.api|API');
    expect(whoLabel(t, entry({ origin: 'admin' }))).toBe('history.origin.admin|Admin');
  });
});
