import { Typography } from '@strapi/design-system';

import type { ArticleReport } from '../../../shared/contracts';
import type { BatchOutcome } from '../utils/chunks';
import { useT } from '../utils/useT';

import { ArticlePreviewCard } from './ArticlePreviewCard';
import { RequestFailureAlert } from './RequestFailureAlert';
import { LabelledColumn } from './LabelledColumn';

const NO_OVERWRITE: ReadonlySet<string> = new Set();

const countBy = (articles: ArticleReport[], action: ArticleReport['action']) =>
  articles.filter((article) => article.action === action).length;

/** The plan for every article, before anything is written. */
export const ImportPreview = ({
  outcome,
  overwrite = NO_OVERWRITE,
  onOverwriteChange,
}: {
  outcome: BatchOutcome;
  /** documentIds of the articles in conflict the user chose to overwrite. */
  overwrite?: ReadonlySet<string>;
  onOverwriteChange?: (documentId: string, overwrite: boolean) => void;
}) => {
  const t = useT();
  const articles = outcome.report?.articles ?? [];

  return (
    <LabelledColumn tag="section" label={t('preview.title', 'Preview')} gap={4}>
      {outcome.failures.map((failure, index) => (
        <RequestFailureAlert
          key={index}
          failure={failure.failure}
          files={failure.files}
          notDoneLabel={t('failure.notChecked', 'Not checked:')}
        />
      ))}
      {articles.length > 0 && (
        <Typography variant="omega" textColor="neutral700" aria-live="polite">
          {t(
            'preview.summary',
            '{total, plural, one {# article} other {# articles}}: {create} to create, {update} to update, {unchanged} unchanged, {conflict} edited since the last import, {forbidden} not allowed, {invalid} invalid',
            {
              total: articles.length,
              create: countBy(articles, 'create'),
              update: countBy(articles, 'update'),
              unchanged: countBy(articles, 'unchanged'),
              conflict: countBy(articles, 'conflict'),
              forbidden: countBy(articles, 'forbidden'),
              invalid: countBy(articles, 'invalid'),
            }
          )}
        </Typography>
      )}
      {articles.map((article, index) => (
        <ArticlePreviewCard
          key={`${article.source}-${index}`}
          article={article}
          overwrite={
            article.action === 'conflict' && article.documentId && onOverwriteChange
              ? {
                  checked: overwrite.has(article.documentId),
                  onChange: (checked) => onOverwriteChange(article.documentId!, checked),
                }
              : undefined
          }
        />
      ))}
    </LabelledColumn>
  );
};
