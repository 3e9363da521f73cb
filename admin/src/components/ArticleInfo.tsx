import { Divider, Flex, Link, Typography } from '@strapi/design-system';

import {
  articleFactsOf,
  categoryPathText,
  checklistOf,
  type ChecklistId,
} from '../utils/articleFacts';
import { useDateTime } from '../utils/useDateTime';
import { useT } from '../utils/useT';

import { Checklist } from './Checklist';
import { NewTabHint } from './NewTabHint';

/** The category path as the panel knows it: the names, root first, or why there are none. */
export type CategoryPathState = string[] | 'loading' | 'unknown';

const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

/** A term and its value, side by side (the panel is narrow). */
const Row = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Flex justifyContent="space-between" alignItems="baseline" gap={2}>
    <Typography tag="dt" variant="omega" textColor="neutral600">
      {label}
    </Typography>
    <Typography
      tag="dd"
      variant="omega"
      fontWeight="semiBold"
      textAlign="right"
      style={{ margin: 0, overflowWrap: 'anywhere' }}
    >
      {children}
    </Typography>
  </Flex>
);

/**
 * Length, source and import time of an article, and its publishing checklist. `modified`: the
 * edit form has unsaved changes (word count and reading time are counted when it is saved).
 */
export const ArticleInfo = ({
  document,
  categoryPath,
  modified = false,
  onSelect,
}: {
  document: Record<string, unknown>;
  /** The category's path, root first ([]: none); absent or 'unknown': no Category row. */
  categoryPath?: CategoryPathState;
  modified?: boolean;
  onSelect?: (id: ChecklistId) => void;
}) => {
  const t = useT();
  const formatDateTime = useDateTime();
  const facts = articleFactsOf(document);
  const none = t('preview.none', '—');

  const source = facts.sourceUrl ? (
    isWebUrl(facts.sourceUrl) ? (
      <Link href={facts.sourceUrl} isExternal>
        {facts.sourceName ?? facts.sourceUrl}
        <NewTabHint />
      </Link>
    ) : (
      facts.sourceUrl
    )
  ) : (
    (facts.sourceName ?? none)
  );

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%" data-testid="article-info">
      <Flex tag="dl" direction="column" alignItems="stretch" gap={2} margin={0}>
        <Row label={t('panel.words', 'Words')}>
          {facts.wordCount === null ? none : String(facts.wordCount)}
        </Row>
        <Row label={t('panel.readingTime', 'Reading time')}>
          {facts.readingTimeMinutes === null
            ? none
            : t('panel.minutes', '{minutes} min', { minutes: facts.readingTimeMinutes })}
        </Row>
        {modified && (
          <Typography variant="pi" textColor="neutral600" data-testid="panel-counted-at-save">
            {t('panel.countedAtSave', 'Words and reading time are counted when you save.')}
          </Typography>
        )}
        {categoryPath !== undefined && categoryPath !== 'unknown' && (
          <Row label={t('panel.category', 'Category')}>
            <span data-testid="panel-category-path">
              {categoryPath === 'loading'
                ? '…'
                : categoryPath.length === 0
                  ? none
                  : categoryPathText(categoryPath)}
            </span>
          </Row>
        )}
        <Row label={t('panel.source', 'Source')}>{source}</Row>
        <Row label={t('panel.importedAt', 'Imported')}>
          {facts.importedAt
            ? formatDateTime(facts.importedAt)
            : t('panel.notImported', 'Not imported')}
        </Row>
      </Flex>
      <Divider />
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {t('checklist.title', 'Checklist')}
      </Typography>
      <Checklist items={checklistOf(facts)} onSelect={onSelect} />
    </Flex>
  );
};
