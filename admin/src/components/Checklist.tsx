import { Flex, TextButton, Typography, VisuallyHidden } from '@strapi/design-system';
import { CheckCircle, WarningCircle } from '@strapi/icons';

import { MAX_DESCRIPTION_LENGTH } from '../../../shared/contracts';
import type { ChecklistItem } from '../utils/articleFacts';
import { useT, type Translate } from '../utils/useT';
import { LabelledColumn } from './LabelledColumn';

const itemText = (t: Translate, item: ChecklistItem): string => {
  switch (item.id) {
    case 'description':
      if (item.empty) return t('checklist.description.empty', 'Add a description (the lead)');
      return item.ok
        ? t('checklist.description.ok', 'Description: {length}/{max} characters', {
            length: item.length,
            max: MAX_DESCRIPTION_LENGTH,
          })
        : t('checklist.description.long', 'Description is too long: {length}/{max} characters', {
            length: item.length,
            max: MAX_DESCRIPTION_LENGTH,
          });
    case 'category':
      return item.ok
        ? t('checklist.category.ok', 'Category set')
        : t('checklist.category.missing', 'Choose a category');
    case 'authors':
      return item.ok
        ? t('checklist.authors.ok', 'At least one author')
        : t('checklist.authors.missing', 'Add an author');
    case 'cover':
      return item.ok
        ? t('checklist.cover.ok', 'Cover image set')
        : t('checklist.cover.missing', 'Add a cover image');
  }
};

const itemState = (t: Translate, item: ChecklistItem): string =>
  item.ok ? t('checklist.done', 'Done:') : t('checklist.todo', 'To do:');

const ItemText = ({ ok, state, text }: { ok: boolean; state: string; text: string }) => (
  <Typography variant="omega" textColor={ok ? 'neutral800' : 'warning700'}>
    <VisuallyHidden>{state} </VisuallyHidden>
    {text}
  </Typography>
);

/**
 * The publishing checklist. With `onSelect`, each item is a button that takes the editor to its
 * field.
 */
export const Checklist = ({
  items,
  onSelect,
}: {
  items: ChecklistItem[];
  onSelect?: (id: ChecklistItem['id']) => void;
}) => {
  const t = useT();
  return (
    <LabelledColumn tag="ul" label={t('checklist.title', 'Checklist')} gap={2}>
      {items.map((item) => (
        <Flex
          tag="li"
          key={item.id}
          gap={2}
          alignItems="flex-start"
          data-testid={`checklist-${item.id}`}
          data-ok={item.ok}
        >
          {item.ok ? (
            <CheckCircle aria-hidden fill="success600" width="1.6rem" height="1.6rem" />
          ) : (
            <WarningCircle aria-hidden fill="warning600" width="1.6rem" height="1.6rem" />
          )}
          {onSelect ? (
            <TextButton onClick={() => onSelect(item.id)} style={{ textAlign: 'left' }}>
              <ItemText ok={item.ok} state={itemState(t, item)} text={itemText(t, item)} />
            </TextButton>
          ) : (
            <ItemText ok={item.ok} state={itemState(t, item)} text={itemText(t, item)} />
          )}
        </Flex>
      ))}
    </LabelledColumn>
  );
};
