import { useCallback, useState, type ReactNode } from 'react';

import { Box, Tabs } from '@strapi/design-system';
import { Layouts, Page, useAuth, useRBAC } from '@strapi/strapi/admin';
import { useLocation, useNavigate } from 'react-router-dom';

import { useNewsroomApi } from '../api/useNewsroomApi';
import { BatchReport, type LiveReport } from '../components/BatchReport';
import { SiteContext } from '../components/SiteContext';
import { batchReportPath, NEWSROOM_PAGE_PERMISSIONS, NEWSROOM_PATH } from '../constants';
import type { ImportDefaults } from '../../../shared/contracts';
import { useRequest } from '../hooks/useRequest';
import type { ImportStart } from '../utils/rerun';
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
  // The tab is in the URL (/plugins/newsroom/history?batch=…: one import's report), so that
  // Back and reload come back to it.
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const allowed = (name: string) =>
    name === 'export' ? canExport : (name === 'import' || name === 'history') && canImport;
  const requested = newsroomTabOf(pathname);
  const tab = requested && allowed(requested) ? requested : canImport ? 'import' : 'export';
  const batch = tab === 'history' ? new URLSearchParams(search).get('batch') : null;
  const go = (name: string, query = '') => navigate(`${NEWSROOM_PATH}/${name}${query}`);
  // The import just run in this page, and a key that clears the Import tab ("Start a new import").
  const [live, setLive] = useState<LiveReport | null>(null);
  const [importKey, setImportKey] = useState(0);
  // How the Import tab starts: empty, or with a re-run's failed files (or their names).
  const [start, setStart] = useState<ImportStart | null>(null);
  const restartImport = (next: ImportStart | null) => {
    setStart(next);
    setImportKey((key) => key + 1);
    go('import');
  };
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
        <SiteContext.Provider
          value={settings.state === 'loaded' ? (settings.data?.site ?? null) : null}
        >
          {settings.state === 'loading' || isLoading ? (
            <Page.Loading />
          ) : (
            <Tabs.Root value={tab} onValueChange={(name) => go(name)}>
              <Tabs.List aria-label={t('page.tabs', 'Newsroom sections')}>
                {canImport && (
                  <Tabs.Trigger value="import">{t('tabs.import', 'Import')}</Tabs.Trigger>
                )}
                {canImport && (
                  <Tabs.Trigger
                    value="history"
                    // On one import's report, History is the whole history again.
                    onClick={() => batch !== null && go('history')}
                  >
                    {t('tabs.history', 'History')}
                  </Tabs.Trigger>
                )}
                {canExport && (
                  <Tabs.Trigger value="export">{t('tabs.export', 'Export')}</Tabs.Trigger>
                )}
              </Tabs.List>
              {canImport && (
                <Tabs.Content value="import" forceMount hidden={tab !== 'import'}>
                  <TabPanel>
                    <ImportTab
                      key={importKey}
                      start={start}
                      settings={settings.state === 'loaded' ? settings.data : null}
                      userId={userId}
                      onImported={(report) => {
                        setLive(report);
                        navigate(batchReportPath(report.batch));
                      }}
                    />
                  </TabPanel>
                </Tabs.Content>
              )}
              {canImport && (
                <Tabs.Content value="history">
                  <TabPanel>
                    {batch ? (
                      <BatchReport
                        batch={batch}
                        live={live}
                        onBackToEditing={() => go('import')}
                        onStartOver={() => restartImport(null)}
                        onShowAll={() => go('history')}
                        onRerun={restartImport}
                      />
                    ) : (
                      <HistoryTab onChooseAgain={restartImport} />
                    )}
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
        </SiteContext.Provider>
      </Layouts.Content>
    </Page.Main>
  );
};

const TABS = ['import', 'history', 'export'];

/** The tab a Newsroom page path names (`/plugins/newsroom/history`), or null for none. */
export const newsroomTabOf = (pathname: string): string | null => {
  const rest = pathname.split(`${NEWSROOM_PATH}/`)[1] ?? '';
  const name = rest.split('/')[0];
  return TABS.includes(name) ? name : null;
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
