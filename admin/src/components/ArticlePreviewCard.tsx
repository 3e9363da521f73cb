import { useId } from 'react';

import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { Link as RouterLink } from 'react-router-dom';

import type { ArticleReport, ArticleStatus, RelatedEntityPlan } from '../../../shared/contracts';
import { articleEditPath } from '../constants';
import { fileOf } from '../utils/chunks';
import { formatLabel } from '../utils/formatLabel';
import { uniqueWarnings, warningsOf, warningText } from '../utils/articleWarnings';
import { liveEffect, misreadings } from '../utils/plan';
import { useT } from '../utils/useT';

import { ArticleChanges, LastEditText } from './ArticleChanges';
import { ArticleDecisionNotice, type ArticleDecisionProps } from './ArticleDecisionNotice';
import { BodyPreview } from './BodyPreview';
import { CoverPreview } from './CoverPreview';
import { DangerNotice } from './DangerNotice';
import { LiveEffectText } from './LiveEffectText';
import { LocaleFact } from './LocalePlanText';
import { NewTabHint } from './NewTabHint';
import { EntityPlanList } from './EntityPlanList';
import { Fact, FactList } from './Fact';
import { ParseErrorMessage } from './ParseErrorMessage';
import { PlanBadge } from './PlanBadge';
import { TagList } from './TagList';
import { WarningList } from './WarningList';

/**
 * One article of a preview: what was parsed (the body as it will be stored), what the import
 * will do with it and, in words, what that does to the live site.
 */
export const ArticlePreviewCard = ({
  article,
  overwrite,
  status,
}: ArticleDecisionProps<ArticleReport> & { status: ArticleStatus }) => {
  const t = useT();
  const headingId = useId();
  const { draft } = article;
  const title = article.title ?? draft?.title ?? article.source;
  // Shapes that are almost always a misreading: loud, above everything else.
  const loud = misreadings(article);
  const loudTexts = new Set(loud.map((warning) => warning.message));
  const warnings = uniqueWarnings([
    ...warningsOf(article),
    ...(draft ? warningsOf(draft) : []),
  ]).filter((warning) => !loudTexts.has(warning.message));
  const effect = liveEffect(
    article,
    status,
    overwrite?.checked && article.documentId ? new Set([article.documentId]) : undefined
  );
  const none = t('preview.none', '—');
  /** What the import plans for these entities, else the names the file gave, else none. */
  const names = (planned: RelatedEntityPlan[], given: string[], separator: string) =>
    planned.length > 0 ? (
      <EntityPlanList entities={planned} separator={separator} />
    ) : given.length > 0 ? (
      given.join(separator)
    ) : (
      none
    );

  return (
    <Box
      tag="article"
      aria-labelledby={headingId}
      background="neutral0"
      hasRadius
      borderColor="neutral200"
      borderStyle="solid"
      borderWidth="1px"
      padding={5}
      data-testid="article-preview"
      data-action={article.action}
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex justifyContent="space-between" alignItems="flex-start" gap={4}>
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Typography tag="h3" variant="delta" id={headingId}>
              {title}
            </Typography>
            <Typography variant="pi" textColor="neutral600">
              {t('preview.source', 'Source: {source}', { source: article.source })}
            </Typography>
            {article.documentId && article.action !== 'create' && (
              <Typography variant="pi" textColor="neutral600" data-testid="existing-article">
                {article.published === undefined
                  ? t('preview.existing', 'Existing article:')
                  : article.published
                    ? t('preview.existingPublished', 'Existing article (published):')
                    : t(
                        'preview.existingDraft',
                        'Existing article (draft only, not on the site):'
                      )}{' '}
                {/* A new tab: the plan stays where it is. */}
                <Link
                  tag={RouterLink}
                  to={articleEditPath(article.documentId)}
                  target="_blank"
                  rel="noopener noreferrer"
                >
                  {t('preview.existingOpen', 'open it in the Content Manager')}
                  <NewTabHint />
                </Link>
              </Typography>
            )}
            {article.lastEdit && <LastEditText lastEdit={article.lastEdit} />}
            {draft && (
              <Typography variant="pi" textColor="neutral600" data-testid="preview-format">
                {t('preview.format', 'Read as: {format}', {
                  format: formatLabel(t, draft.sourceMeta.format),
                })}
              </Typography>
            )}
          </Flex>
          <Flex direction="column" alignItems="flex-end" gap={1}>
            <PlanBadge action={article.action} />
            <LiveEffectText effect={effect} />
          </Flex>
        </Flex>

        {loud.length > 0 && (
          <DangerNotice testId="misreading">
            <strong>
              {t('preview.misread', 'This looks misread — check the body below before importing:')}
            </strong>
            {loud.map((warning) => (
              <span key={warning.code} style={{ display: 'block', marginTop: '0.4rem' }}>
                {warningText(warning, t)}
              </span>
            ))}
          </DangerNotice>
        )}

        {article.cover && <CoverPreview cover={article.cover} file={fileOf(article)} />}
        <ArticleDecisionNotice article={article} overwrite={overwrite} />
        {article.changes && (article.action === 'update' || article.action === 'conflict') && (
          <ArticleChanges changes={article.changes} conflict={article.action === 'conflict'} />
        )}
        {article.error && article.action !== 'forbidden' && (
          <ParseErrorMessage error={article.error} />
        )}

        {draft && (
          <FactList>
            <LocaleFact article={article} />
            <Fact label={t('preview.category', 'Category')}>
              {names(article.category, draft.categoryPath, ' / ')}
            </Fact>
            <Fact label={t('preview.tags', 'Tags')}>
              {draft.tags.length > 0 ? (
                <TagList tags={draft.tags} label={t('preview.tags', 'Tags')} />
              ) : (
                none
              )}
            </Fact>
            <Fact label={t('preview.authors', 'Authors')}>
              {names(article.authors, draft.authors, ', ')}
            </Fact>
            <Fact label={t('preview.length', 'Length')}>
              {t(
                'preview.lengthValue',
                '{words, plural, one {# word} other {# words}} · {minutes} min read',
                {
                  words: draft.wordCount,
                  minutes: draft.readingTimeMinutes,
                }
              )}
            </Fact>
            <Fact label={t('preview.slug', 'Slug')}>{article.slug ?? draft.slug}</Fact>
            <Fact label={t('preview.lead', 'Lead')}>{draft.description || none}</Fact>
          </FactList>
        )}

        <WarningList warnings={warnings} />
        {draft && draft.body.length > 0 && <BodyPreview body={draft.body} />}
      </Flex>
    </Box>
  );
};
