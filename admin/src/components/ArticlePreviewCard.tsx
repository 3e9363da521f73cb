import { useId } from 'react';

import { Box, Flex, Typography } from '@strapi/design-system';

import type { ArticleReport, RelatedEntityPlan } from '../../../shared/contracts';
import { formatLabel } from '../utils/formatLabel';
import { useT } from '../utils/useT';

import { ArticleDecisionNotice, type ArticleDecisionProps } from './ArticleDecisionNotice';
import { EntityPlanList } from './EntityPlanList';
import { Fact, FactList } from './Fact';
import { ParseErrorMessage } from './ParseErrorMessage';
import { PlanBadge } from './PlanBadge';
import { TagList } from './TagList';
import { WarningList } from './WarningList';

const unique = (items: string[]) => Array.from(new Set(items));

/** One article of a preview: what was parsed and what the import will do with it. */
export const ArticlePreviewCard = ({ article, overwrite }: ArticleDecisionProps<ArticleReport>) => {
  const t = useT();
  const headingId = useId();
  const { draft } = article;
  const title = article.title ?? draft?.title ?? article.source;
  const warnings = unique([...article.warnings, ...(draft?.warnings ?? [])]);
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
            {draft && (
              <Typography variant="pi" textColor="neutral600" data-testid="preview-format">
                {t('preview.format', 'Read as: {format}', {
                  format: formatLabel(t, draft.sourceMeta.format),
                })}
              </Typography>
            )}
          </Flex>
          <PlanBadge action={article.action} />
        </Flex>

        <ArticleDecisionNotice article={article} overwrite={overwrite} />
        {article.error && article.action !== 'forbidden' && (
          <ParseErrorMessage error={article.error} />
        )}

        {draft && (
          <FactList>
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
      </Flex>
    </Box>
  );
};
