import { LinkButton } from '@strapi/design-system';
import { Upload } from '@strapi/icons';
import { useRBAC } from '@strapi/strapi/admin';
import { Link as RouterLink, useParams } from 'react-router-dom';

import { UID } from '../../../shared/contracts';
import { IMPORT_PERMISSIONS, NEWSROOM_PATH } from '../constants';
import { useT } from '../utils/useT';

/** "Import articles" in the article list view's header: opens the Newsroom page. */
export const ImportArticlesAction = () => {
  const t = useT();
  const { slug } = useParams<{ slug: string }>();
  const {
    allowedActions: { canImport },
  } = useRBAC(IMPORT_PERMISSIONS);

  if (slug !== UID.article || !canImport) return null;
  return (
    <LinkButton
      tag={RouterLink}
      to={NEWSROOM_PATH}
      variant="secondary"
      size="S"
      startIcon={<Upload />}
    >
      {t('action.importArticles', 'Import articles')}
    </LinkButton>
  );
};
