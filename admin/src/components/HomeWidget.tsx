import { useCallback } from 'react';

import { Flex, Link, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { Link as RouterLink } from 'react-router-dom';

import { useNewsroomApi } from '../api/useNewsroomApi';
import { batchReportPath } from '../constants';
import { useRequest } from '../hooks/useRequest';
import { useDateTime } from '../utils/useDateTime';
import { useT } from '../utils/useT';
import { whoLabel } from '../utils/who';

const Count = ({ value, label }: { value: number; label: string }) => (
  <Flex direction="column" alignItems="flex-start" gap={1} flex={1}>
    <Typography variant="alpha" tag="p">
      {value}
    </Typography>
    <Typography variant="pi" textColor="neutral600">
      {label}
    </Typography>
  </Flex>
);

/** Home page widget: published and draft articles, and the last import. */
export const HomeWidget = () => {
  const t = useT();
  const formatDateTime = useDateTime();
  const api = useNewsroomApi();
  const load = useCallback(() => api.stats(), [api]);
  const { result } = useRequest(load);

  if (result.state === 'loading') return <Widget.Loading />;
  if (result.state === 'failed') {
    return <Widget.Error>{result.failure.message || undefined}</Widget.Error>;
  }
  const { published, drafts, lastImport } = result.data;

  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-testid="newsroom-widget">
      <Flex gap={4}>
        <Count value={published} label={t('widget.published', 'Published articles')} />
        <Count value={drafts} label={t('widget.drafts', 'Drafts')} />
      </Flex>
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography variant="sigma" textColor="neutral600">
          {t('widget.lastImport', 'Last import')}
        </Typography>
        {lastImport ? (
          <Typography variant="omega">
            {t(
              'widget.lastImportValue',
              '{when} by {who}: {created} created, {updated} updated, {unchanged} unchanged, {failed} failed',
              {
                when: formatDateTime(lastImport.createdAt, { seconds: true }),
                who: whoLabel(t, lastImport),
                ...lastImport.totals,
              }
            )}
          </Typography>
        ) : null}
        {lastImport?.batch ? (
          // An admin import: its report has a URL of its own.
          <Link tag={RouterLink} to={batchReportPath(lastImport.batch)}>
            {t('widget.lastImportReport', 'See its report')}
          </Link>
        ) : null}
        {lastImport ? null : (
          <Typography variant="omega" textColor="neutral600">
            {t('widget.noImport', 'No imports yet')}
          </Typography>
        )}
      </Flex>
    </Flex>
  );
};

export default HomeWidget;
