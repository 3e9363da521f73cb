import { useCallback, useState } from 'react';

import { isArticleStatus, PLUGIN_ID, type ArticleStatus } from '../../../shared/contracts';

/** The localStorage key of an admin user's last Draft/Publish choice. */
export const statusStorageKey = (userId: string | number | null | undefined) =>
  `${PLUGIN_ID}:import-status:${userId ?? 'anonymous'}`;

const read = (key: string): ArticleStatus | null => {
  try {
    const value = window.localStorage.getItem(key);
    return isArticleStatus(value) ? value : null;
  } catch {
    // storage disabled (private mode, policy): the settings' default then
    return null;
  }
};

/**
 * Draft or Publish for the next import: the admin user's last choice in this browser (as the
 * admin remembers its theme), else the plugin's default status from the settings.
 */
export const useRememberedStatus = (
  userId: string | number | null | undefined,
  fallback: ArticleStatus
) => {
  const key = statusStorageKey(userId);
  const [chosen, setChosen] = useState<{ key: string; status: ArticleStatus } | null>(null);
  const status = chosen?.key === key ? chosen.status : (read(key) ?? fallback);
  const setStatus = useCallback(
    (next: ArticleStatus) => {
      setChosen({ key, status: next });
      try {
        window.localStorage.setItem(key, next);
      } catch {
        // not remembered; still used for this import
      }
    },
    [key]
  );
  return [status, setStatus] as const;
};
