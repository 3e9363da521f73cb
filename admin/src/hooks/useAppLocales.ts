import { useCallback } from 'react';

import type { AppLocale } from '../api/locales';
import { useNewsroomApi } from '../api/useNewsroomApi';
import { useRequest } from './useRequest';

export type { AppLocale } from '../api/locales';

/** The app's locales, as the Content Manager's own locale picker reads them; null until read. */
export const useAppLocales = (): AppLocale[] | null => {
  const api = useNewsroomApi();
  const load = useCallback(async () => api.locales(), [api]);
  const { result } = useRequest(load);
  return result.state === 'loaded' ? result.data : null;
};
