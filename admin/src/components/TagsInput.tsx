import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

import { Box, Field, Flex, Tag, Typography } from '@strapi/design-system';
import { Cross } from '@strapi/icons';

import { addTags, tagsOf, type TagRefusal } from '../utils/tags';
import { MAX_TAG_LENGTH, MAX_TAGS } from '../../../shared/contracts';
import { useT } from '../utils/useT';

/** What the Content Manager passes to a custom field's input (its props and `useField`'s). */
export interface TagsInputProps {
  name: string;
  label?: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  value?: unknown;
  error?: string;
  onChange: (name: string, value: string[]) => void;
}

/**
 * The article's tags as chips (the `plugin::newsroom.tags` custom field; stored as the same JSON
 * array of strings as before). Type a tag and press Enter or a comma to add it; each chip is a
 * button that removes it (Enter or Space); Backspace in the empty field removes the last one.
 */
const TagsInput = ({
  name,
  label,
  hint,
  required = false,
  disabled = false,
  value,
  error,
  onChange,
}: TagsInputProps) => {
  const t = useT();
  const tags = tagsOf(value);
  const [text, setText] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const refusal = (reason: TagRefusal) =>
    reason === 'duplicate'
      ? t('tags.duplicate', 'That tag is already there.')
      : reason === 'tooLong'
        ? t('tags.tooLong', 'A tag can be at most {max} characters.', { max: MAX_TAG_LENGTH })
        : t('tags.tooMany', 'An article can have at most {max} tags.', { max: MAX_TAGS });

  const commit = (typed: string) => {
    const result = addTags(tags, typed);
    if (result.tags.length !== tags.length) onChange(name, result.tags);
    setNotice(result.refused ? refusal(result.refused) : null);
    setText('');
  };

  const remove = (index: number) => {
    const removed = tags[index];
    onChange(
      name,
      tags.filter((_, i) => i !== index)
    );
    setNotice(t('tags.removed', 'Tag “{tag}” removed.', { tag: removed }));
    input.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      // Enter would submit the edit form; a comma ends the tag.
      event.preventDefault();
      if (text.trim() !== '') commit(text);
    } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
      event.preventDefault();
      remove(tags.length - 1);
    }
  };

  const listLabel = t('tags.list', 'Tags of this article');
  return (
    <Field.Root name={name} id={name} error={error} hint={hint} required={required}>
      <Flex direction="column" alignItems="stretch" gap={1}>
        <Field.Label>{label}</Field.Label>
        {tags.length > 0 && (
          <Box tag="ul" aria-label={listLabel} data-testid="tags-chips" paddingBottom={1}>
            <Flex wrap="wrap" gap={2}>
              {tags.map((tag, index) => (
                <li key={`${tag}-${index}`} style={{ listStyle: 'none' }}>
                  <Tag
                    icon={<Cross aria-hidden />}
                    disabled={disabled}
                    label={t('tags.remove', 'Remove tag {tag}', { tag })}
                    onClick={() => remove(index)}
                  >
                    {tag}
                  </Tag>
                </li>
              ))}
            </Flex>
          </Box>
        )}
        <Field.Input
          ref={input}
          value={text}
          disabled={disabled}
          placeholder={t('tags.placeholder', 'Add a tag and press Enter')}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
            const typed = event.target.value;
            // A paste or a comma typed mid-text: the part before the last comma is done.
            const last = typed.lastIndexOf(',');
            if (last >= 0) {
              const result = addTags(tags, typed.slice(0, last));
              if (result.tags.length !== tags.length) onChange(name, result.tags);
              setNotice(result.refused ? refusal(result.refused) : null);
              setText(typed.slice(last + 1));
            } else {
              setText(typed);
            }
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            if (text.trim() !== '') commit(text);
          }}
        />
        <Typography
          variant="pi"
          textColor="neutral600"
          aria-live="polite"
          role="status"
          data-testid="tags-notice"
        >
          {notice ?? ''}
        </Typography>
        <Field.Hint />
        <Field.Error />
      </Flex>
    </Field.Root>
  );
};

/**
 * What `app.customFields.register` lazy-loads: its type says `ComponentType` with no props, the
 * Content Manager renders it with the props above (InputRenderer: its props and `useField`'s).
 */
const TagsCustomField = (props: object) => <TagsInput {...(props as TagsInputProps)} />;

export { TagsInput };
export default TagsCustomField;
