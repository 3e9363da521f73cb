import { useCallback, useState, type ReactNode } from 'react';

import { Box, Tabs } from '@strapi/design-system';
import { Layouts, Page, useAuth, useRBAC } from '@strapi/strapi/admin';

import { useNewsroomApi } from '../api/useNewsroomApi';
import { NEWSROOM_PAGE_PERMISSIONS } from '../constants';
import type { ImportDefaults } from '../../../shared/contracts';
import { useRequest } from '../hooks/useRequest';
import { useT } from '../utils/useT';

import { ExportTab } from './ExportTab';
import { HistoryTab } from './HistoryTab';
import { ImportTab } from './ImportTab';

/**
 * The default status and the size limit, readable with the import permission. Should the request
 * fail, the page still works: Draft, and the server alone enforces the limit.
 */
const useOptionalSettings = () => {
  const api = useNewsroomApi();
  const load = useCallback(
    (): Promise<ImportDefaults | null> => api.importDefaults().catch(() => null),
    [api]
  );
  return useRequest(load).result;
};

const NewsroomPageContent = () => {
  const t = useT();
  const settings = useOptionalSettings();
  const userId = useAuth('NewsroomPage', (auth) => auth.user?.id ?? null);
  const {
    isLoading,
    allowedActions: { canImport, canExport },
  } = useRBAC(NEWSROOM_PAGE_PERMISSIONS);
  const [chosen, setTab] = useState<string | null>(null);
  const tab = chosen ?? (canImport ? 'import' : 'export');
  const title = t('page.title', 'Newsroom');

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={t(
          'page.subtitle',
          'Import news articles: paste text or drop files, check the preview, then import.'
        )}
      />
      <Layouts.Content>
        {settings.state === 'loading' || isLoading ? (
          <Page.Loading />
        ) : (
          <Tabs.Root value={tab} onValueChange={setTab}>
            <Tabs.List aria-label={t('page.tabs', 'Newsroom sections')}>
              {canImport && (
                <Tabs.Trigger value="import">{t('tabs.import', 'Import')}</Tabs.Trigger>
              )}
              {canImport && (
                <Tabs.Trigger value="history">{t('tabs.history', 'History')}</Tabs.Trigger>
              )}
              {canExport && (
                <Tabs.Trigger value="export">{t('tabs.export', 'Export')}</Tabs.Trigger>
              )}
            </Tabs.List>
            {canImport && (
              <Tabs.Content value="import" forceMount hidden={tab !== 'import'}>
                <TabPanel>
                  <ImportTab
                    settings={settings.state === 'loaded' ? settings.data : null}
                    userId={userId}
                  />
                </TabPanel>
              </Tabs.Content>
            )}
            {canImport && (
              <Tabs.Content value="history">
                <TabPanel>
                  <HistoryTab />
                </TabPanel>
              </Tabs.Content>
            )}
            {canExport && (
              <Tabs.Content value="export">
                <TabPanel>
                  <ExportTab />
                </TabPanel>
              </Tabs.Content>
            )}
          </Tabs.Root>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

const TabPanel = ({ children }: { children: ReactNode }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
    {children}
  </Box>
);

const NewsroomPage = () => (
  <Page.Protect permissions={NEWSROOM_PAGE_PERMISSIONS}>
    <NewsroomPageContent />
  </Page.Protect>
);

export { NewsroomPage };
export default NewsroomPage;
