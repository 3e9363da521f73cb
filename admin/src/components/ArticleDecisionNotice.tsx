import { Box, Checkbox, Flex, Typography } from '@strapi/design-system';

import type { HistoryArticleReport } from '../../../shared/contracts';
import { fieldLabel } from '../utils/fieldLabel';
import { useT } from '../utils/useT';
import { DangerNotice } from './DangerNotice';

export { fieldLabel };

/** The user's choice for an article in conflict: overwrite the editor's changes or not. */
export interface OverwriteChoice {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/**
 * Why an article is not written as planned: edited in the Content Manager since its last
 * import (`conflict`, with the fields and, in the preview, the overwrite toggle), or refused by
 * the importing admin's role (`forbidden`, with the missing permission).
 */
/** An article of a report (a preview's, or a stored one) and, in conflict, the overwrite toggle. */
export interface ArticleDecisionProps<A extends HistoryArticleReport = HistoryArticleReport> {
  article: A;
  overwrite?: OverwriteChoice;
}

export const ArticleDecisionNotice = ({ article, overwrite }: ArticleDecisionProps) => {
  const t = useT();
  // A conflict with an error (a translation whose locale the story has already) is said by
  // its error, shown beside this notice; there are no edits to overwrite.
  if (article.action === 'conflict' && !article.error) {
    const fields = (article.changedFields ?? []).map((f) => fieldLabel(t, f)).join(', ');
    return (
      <Box
        data-testid="conflict-notice"
        background="warning100"
        borderColor="warning200"
        borderStyle="solid"
        borderWidth="1px"
        hasRadius
        padding={3}
      >
        <Flex direction="column" alignItems="stretch" gap={2}>
          <Typography variant="omega" textColor="warning700">
            {t(
              'conflict.message',
              'Edited in the Content Manager since its last import ({fields}). The import leaves it as the editor left it.',
              { fields }
            )}
          </Typography>
          {overwrite && (
            <Checkbox
              checked={overwrite.checked}
              onCheckedChange={(value: boolean | 'indeterminate') =>
                overwrite.onChange(value === true)
              }
              name={`overwrite-${article.documentId ?? article.source}`}
            >
              {t('conflict.overwrite', 'Overwrite the changes made in the Content Manager')}
            </Checkbox>
          )}
        </Flex>
      </Box>
    );
  }
  if (article.action === 'forbidden') {
    return (
      <DangerNotice testId="forbidden-notice">
        {t(
          'forbidden.message',
          'Your role may not do this in the Content Manager, so nothing of this article is written. Missing permission: {permission}.',
          { permission: article.missingPermission ?? '—' }
        )}
      </DangerNotice>
    );
  }
  return null;
};
