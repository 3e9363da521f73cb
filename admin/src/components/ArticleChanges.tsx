import { useId, useState, type ReactNode } from 'react';

import { Box, Button, Flex, Grid, Typography } from '@strapi/design-system';

import type { FieldChange, LastEdit } from '../../../shared/contracts';
import { useDateTime } from '../utils/useDateTime';
import { useT } from '../utils/useT';

import { fieldLabel } from './ArticleDecisionNotice';

/** Characters of a text value shown before "Show all". */
export const SHORT_VALUE = 280;

/** A text value shortened at a word boundary near `max` characters, with an ellipsis. */
export const shortened = (text: string, max = SHORT_VALUE): string => {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
};

/** "Last edited November 29, 2026 at 10:04:12 by Ann Lee". */
export const LastEditText = ({ lastEdit }: { lastEdit: LastEdit }) => {
  const t = useT();
  const formatDateTime = useDateTime();
  if (lastEdit.updatedAt === null) return null;
  const when = formatDateTime(lastEdit.updatedAt, { seconds: true });
  const who = lastEdit.updatedBy?.name ?? null;
  return (
    <Typography variant="pi" textColor="neutral600" data-testid="last-edit">
      {who
        ? t('preview.lastEditBy', 'Last edited {when} by {who}', { when, who })
        : t('preview.lastEdit', 'Last edited {when}', { when })}
    </Typography>
  );
};

const Empty = () => {
  const t = useT();
  return (
    <Typography variant="omega" textColor="neutral500" style={{ fontStyle: 'italic' }}>
      {t('changes.empty', '(empty)')}
    </Typography>
  );
};

/** A text value: shortened when long, all of it on demand. */
const TextValue = ({ text, multiline }: { text: string | null; multiline: boolean }) => {
  const t = useT();
  const [all, setAll] = useState(false);
  if (text === null) return <Empty />;
  const long = text.length > SHORT_VALUE;
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Typography
        variant="omega"
        style={{ whiteSpace: multiline ? 'pre-line' : 'normal', overflowWrap: 'anywhere' }}
      >
        {long && !all ? shortened(text) : text}
      </Typography>
      {long && (
        <Button variant="tertiary" size="S" aria-expanded={all} onClick={() => setAll(!all)}>
          {all
            ? t('changes.showLess', 'Show less')
            : t('changes.showAll', 'Show all ({count} characters)', { count: text.length })}
        </Button>
      )}
    </Flex>
  );
};

const ListValue = ({ items }: { items: string[] }) =>
  items.length === 0 ? (
    <Empty />
  ) : (
    <Box tag="ul" margin={0} paddingLeft={4} style={{ listStyle: 'disc' }}>
      {items.map((item, index) => (
        <li key={`${index}-${item}`}>
          <Typography variant="omega">{item}</Typography>
        </li>
      ))}
    </Box>
  );

const Value = ({ change, side }: { change: FieldChange; side: 'before' | 'after' }) => {
  switch (change.field) {
    case 'tags':
    case 'authors':
    case 'category':
      return <ListValue items={change[side]} />;
    default:
      return <TextValue text={change[side]} multiline={change.field === 'body'} />;
  }
};

const Column = ({
  label,
  tone,
  children,
}: {
  label: string;
  tone: 'before' | 'after';
  children: ReactNode;
}) => (
  <Box
    padding={3}
    hasRadius
    background={tone === 'before' ? 'danger100' : 'success100'}
    borderColor={tone === 'before' ? 'danger200' : 'success200'}
    borderStyle="solid"
    borderWidth="1px"
    height="100%"
    data-side={tone}
  >
    <Flex direction="column" alignItems="stretch" gap={1}>
      <Typography variant="sigma" textColor={tone === 'before' ? 'danger700' : 'success700'}>
        {label}
      </Typography>
      {children}
    </Flex>
  </Box>
);

/**
 * What an import changes in an existing article, field by field: the value now and the value
 * after the import. For a conflict, "now" is the editor's version and the change is what
 * overwriting it would do.
 */
export const ArticleChanges = ({
  changes,
  conflict = false,
}: {
  changes: FieldChange[];
  conflict?: boolean;
}) => {
  const t = useT();
  const headingId = useId();
  const heading = conflict
    ? t('changes.headingConflict', 'What overwriting the edited article would change')
    : t('changes.heading', 'What the import changes');
  if (changes.length === 0) {
    return (
      <Typography variant="pi" textColor="neutral600" data-testid="article-changes">
        {t(
          'changes.none',
          'No field changes: the import only brings the stored version up to date.'
        )}
      </Typography>
    );
  }
  return (
    <Flex
      tag="section"
      aria-labelledby={headingId}
      direction="column"
      alignItems="stretch"
      gap={3}
      data-testid="article-changes"
    >
      <Typography tag="h4" variant="sigma" textColor="neutral700" id={headingId}>
        {heading} ({changes.map((change) => fieldLabel(t, change.field)).join(', ')})
      </Typography>
      {changes.map((change) => {
        const label = fieldLabel(t, change.field);
        const formattingOnly =
          change.field === 'body' && change.before !== null && change.before === change.after;
        return (
          <Flex
            key={change.field}
            direction="column"
            alignItems="stretch"
            gap={2}
            data-testid="field-change"
            data-field={change.field}
          >
            <Typography variant="omega" fontWeight="bold">
              {label}
              {formattingOnly &&
                ` — ${t('changes.formattingOnly', 'the text is the same, its formatting changes')}`}
            </Typography>
            <Grid.Root gap={3}>
              <Grid.Item col={6} s={12} alignItems="stretch" direction="column">
                <Column label={t('changes.before', 'Now')} tone="before">
                  <Value change={change} side="before" />
                </Column>
              </Grid.Item>
              <Grid.Item col={6} s={12} alignItems="stretch" direction="column">
                <Column label={t('changes.after', 'After the import')} tone="after">
                  <Value change={change} side="after" />
                </Column>
              </Grid.Item>
            </Grid.Root>
          </Flex>
        );
      })}
    </Flex>
  );
};
