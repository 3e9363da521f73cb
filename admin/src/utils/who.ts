import type { ImportHistoryEntry } from '../../../shared/contracts';

import type { Translate } from './useT';

/** Who ran an import: the admin user, or where it came from (seed command, start-up, API). */
export const whoLabel = (t: Translate, entry: ImportHistoryEntry): string => {
  if (entry.user) return entry.user.name || entry.user.email || `#${entry.user.id}`;
  switch (entry.origin) {
    case 'cli':
      return t('history.origin.cli', 'Seed command');
    case 'bootstrap':
      return t('history.origin.bootstrap', 'Seed at start-up');
    case 'api':
      return t('history.origin.api', 'API');
    default:
      return t('history.origin.admin', 'Admin');
  }
};
