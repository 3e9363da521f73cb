import { useMemo } from 'react';

import { useFetchClient } from '@strapi/strapi/admin';

import { createNewsroomApi, type NewsroomApi } from './newsroom';

/** The typed API bound to the admin's authenticated fetch client (aborted on unmount). */
export const useNewsroomApi = (): NewsroomApi => {
  const { get, post, put } = useFetchClient();
  return useMemo(() => createNewsroomApi({ get, post, put }), [get, post, put]);
};
