import { Fragment, useState, type Ref } from 'react';

import { Box, Button, Flex, Tabs, Typography } from '@strapi/design-system';
import { CaretDown, ChevronRight, WarningCircle } from '@strapi/icons';

import type { ArticleReport, ArticleStatus } from '../../../shared/contracts';
import type { BatchOutcome } from '../utils/chunks';
import {
  filterByPlan,
  liveEffect,
  misreadings,
  PLAN_FILTERS,
  planCounts,
  type PlanFilter,
} from '../utils/plan';
import { useT, type Translate } from '../utils/useT';

import { ArticlePreviewCard } from './ArticlePreviewCard';
import { actionLabel, PlanBadge } from './PlanBadge';
import { LiveEffectText } from './LiveEffectText';
import { LocalePlanText } from './LocalePlanText';
import { PlainTable, PlainTd, PlainTh, PlainTr } from './PlainTable';
import { RequestFailureAlert } from './RequestFailureAlert';

const NO_OVERWRITE: ReadonlySet<string> = new Set();

const filterLabel = (t: Translate, filter: PlanFilter) =>
  filter === 'all' ? t('preview.filter.all', 'All') : actionLabel(t, filter);

const warningCount = (article: ArticleReport) =>
  new Set([
    ...misreadings(article).map((warning) => warning.message),
    ...article.warnings,
    ...(article.draft?.warnings ?? []),
  ]).size;

interface ImportPreviewProps {
  outcome: BatchOutcome;
  /** The status the plan was made for (what the live site gets). */
  status: ArticleStatus;
  /** documentIds of the articles in conflict the user chose to overwrite. */
  overwrite?: ReadonlySet<string>;
  onOverwriteChange?: (documentId: string, overwrite: boolean) => void;
  /** The heading focus moves to once the plan is shown. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * The plan for every article, before anything is written: a row per article (title, plan and
 * what it does to the live site, category, authors, words, warnings), filter tabs by plan with
 * their counts, and rows that open into the full card. A single article opens by itself.
 */
export const ImportPreview = ({
  outcome,
  status,
  overwrite = NO_OVERWRITE,
  onOverwriteChange,
  headingRef,
}: ImportPreviewProps) => {
  const t = useT();
  const articles = outcome.report?.articles ?? [];
  const counts = planCounts(articles);
  const [filter, setFilter] = useState<PlanFilter>('all');
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const single = articles.length === 1;
  const shown = filterByPlan(articles, filter);
  const filters = PLAN_FILTERS.filter((f) => f !== 'forbidden' || counts.forbidden > 0);
  const toggle = (source: string) =>
    setOpened((current) => {
      const next = new Set(current);
      if (next.has(source)) next.delete(source);
      else next.add(source);
      return next;
    });
  const columns = [
    t('preview.column.article', 'Article'),
    t('preview.column.plan', 'Plan'),
    t('preview.category', 'Category'),
    t('preview.authors', 'Authors'),
    t('preview.column.words', 'Words'),
    t('preview.warnings', 'Warnings'),
  ];

  return (
    <Flex
      tag="section"
      direction="column"
      alignItems="stretch"
      gap={4}
      aria-label={t('preview.title', 'Preview')}
    >
      <Typography tag="h2" variant="beta" ref={headingRef} tabIndex={-1} data-testid="plan-heading">
        {t('preview.heading', 'The plan: nothing is written until you import')}
      </Typography>
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
            { total: articles.length, ...counts }
          )}
        </Typography>
      )}
      {articles.length > 0 && (
        <Tabs.Root
          value={filter}
          onValueChange={(value: string) =>
            setFilter(PLAN_FILTERS.find((f) => f === value) ?? 'all')
          }
          variant="simple"
        >
          <Tabs.List aria-label={t('preview.filter.label', 'Show articles by plan')}>
            {filters.map((f) => (
              <Tabs.Trigger key={f} value={f} data-testid={`plan-filter-${f}`}>
                {t('preview.filter.tab', '{label} ({count})', {
                  label: filterLabel(t, f),
                  count: counts[f],
                })}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          <Tabs.Content value={filter}>
            <Box paddingTop={4}>
              {shown.length === 0 ? (
                <Typography variant="omega" textColor="neutral600">
                  {t('preview.filter.none', 'No article has this plan.')}
                </Typography>
              ) : (
                <PlainTable>
                  <thead>
                    <tr>
                      {columns.map((column) => (
                        <PlainTh key={column}>{column}</PlainTh>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((article) => {
                      const open = single || opened.has(article.source);
                      const loud = misreadings(article).length;
                      const warnings = warningCount(article);
                      const title = article.title ?? article.draft?.title ?? article.source;
                      const choice =
                        // A conflict with an error (TRANSLATION_TAKEN) is not one to overwrite.
                        article.action === 'conflict' &&
                        !article.error &&
                        article.documentId &&
                        onOverwriteChange
                          ? {
                              checked: overwrite.has(article.documentId),
                              onChange: (checked: boolean) =>
                                onOverwriteChange(article.documentId!, checked),
                            }
                          : undefined;
                      return (
                        <Fragment key={article.source}>
                          <PlainTr data-testid="plan-row" data-action={article.action}>
                            <PlainTd width="34%">
                              <Button
                                variant="ghost"
                                size="S"
                                startIcon={open ? <CaretDown /> : <ChevronRight />}
                                aria-expanded={open}
                                disabled={single}
                                onClick={() => toggle(article.source)}
                                style={{ textAlign: 'left', whiteSpace: 'normal', height: 'auto' }}
                              >
                                {title}
                              </Button>
                              {title !== article.source && (
                                <Box paddingLeft={2}>
                                  <Typography variant="pi" textColor="neutral600">
                                    {article.source}
                                  </Typography>
                                </Box>
                              )}
                            </PlainTd>
                            <PlainTd>
                              <Flex direction="column" alignItems="flex-start" gap={1}>
                                <PlanBadge action={article.action} />
                                <LiveEffectText effect={liveEffect(article, status, overwrite)} />
                                <LocalePlanText article={article} />
                              </Flex>
                            </PlainTd>
                            <PlainTd>
                              <Typography variant="omega">
                                {(article.category.length > 0
                                  ? article.category.map((c) => c.name)
                                  : (article.draft?.categoryPath ?? [])
                                ).join(' / ') || '—'}
                              </Typography>
                            </PlainTd>
                            <PlainTd>
                              <Typography variant="omega">
                                {(article.authors.length > 0
                                  ? article.authors.map((a) => a.name)
                                  : (article.draft?.authors ?? [])
                                ).join(', ') || '—'}
                              </Typography>
                            </PlainTd>
                            <PlainTd>
                              <Typography variant="omega">
                                {article.draft ? article.draft.wordCount : '—'}
                              </Typography>
                            </PlainTd>
                            <PlainTd>
                              {article.action === 'invalid' ? (
                                <Typography variant="omega" textColor="danger600">
                                  {article.error?.line
                                    ? t('preview.row.errorLine', 'Error, line {line}', {
                                        line: article.error.line,
                                      })
                                    : t('preview.row.error', 'Error')}
                                </Typography>
                              ) : warnings === 0 ? (
                                <Typography variant="omega" textColor="neutral500">
                                  0
                                </Typography>
                              ) : (
                                <Flex gap={1}>
                                  <WarningCircle
                                    aria-hidden
                                    fill={loud > 0 ? 'danger600' : 'warning600'}
                                  />
                                  <Typography
                                    variant="omega"
                                    textColor={loud > 0 ? 'danger600' : 'warning700'}
                                    fontWeight={loud > 0 ? 'bold' : undefined}
                                  >
                                    {loud > 0
                                      ? t('preview.row.misread', '{count} · looks misread', {
                                          count: warnings,
                                        })
                                      : warnings}
                                  </Typography>
                                </Flex>
                              )}
                            </PlainTd>
                          </PlainTr>
                          {open && (
                            <PlainTr>
                              <PlainTd colSpan={columns.length}>
                                <Box paddingTop={2} paddingBottom={2}>
                                  <ArticlePreviewCard
                                    article={article}
                                    status={status}
                                    overwrite={choice}
                                  />
                                </Box>
                              </PlainTd>
                            </PlainTr>
                          )}
                        </Fragment>
                      );
                    })}
                  </tbody>
                </PlainTable>
              )}
            </Box>
          </Tabs.Content>
        </Tabs.Root>
      )}
    </Flex>
  );
};
