import { Download } from '@strapi/icons';
import { useNotification, useRBAC } from '@strapi/strapi/admin';

import { toRequestFailure } from '../api/errors';
import { useNewsroomApi } from '../api/useNewsroomApi';
import { UID } from '../../../shared/contracts';
import { EXPORT_PERMISSIONS } from '../constants';
import type { BulkActionDescription, BulkActionProps } from '../contentManager';
import { exportFileName, saveBlob } from '../utils/download';
import { useT } from '../utils/useT';

/**
 * "Export" among the bulk actions of the article list view: the selected articles as a zip of
 * Markdown files (each in its published version when it has one), ready for `newsroom seed`.
 */
export const ExportArticlesAction = ({
  documents,
  model,
}: BulkActionProps): BulkActionDescription | null => {
  const t = useT();
  const api = useNewsroomApi();
  const { toggleNotification } = useNotification();
  const {
    allowedActions: { canExport },
  } = useRBAC(EXPORT_PERMISSIONS);

  if (model !== UID.article || !canExport) return null;
  return {
    label: t('action.export', 'Export'),
    icon: <Download />,
    variant: 'tertiary',
    onClick: () => {
      const documentIds = documents.map((document) => document.documentId);
      api
        .exportZip({ documentIds, format: 'md' })
        .then((zip) => {
          saveBlob(zip, exportFileName());
          toggleNotification({
            type: 'success',
            message: t(
              'export.done',
              '{count, plural, one {# article} other {# articles}} exported',
              {
                count: documentIds.length,
              }
            ),
          });
        })
        .catch((error: unknown) => {
          toggleNotification({
            type: 'danger',
            message: t('export.failed', 'The export failed: {message}', {
              message: toRequestFailure(error).message,
            }),
          });
        });
    },
  };
};
