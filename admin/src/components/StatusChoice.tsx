import { Field, Flex, Radio } from '@strapi/design-system';

import type { ArticleStatus } from '../../../shared/contracts';
import { useT } from '../utils/useT';

interface StatusChoiceProps {
  value: ArticleStatus;
  onChange: (value: ArticleStatus) => void;
  disabled?: boolean;
}

/** Draft or Publish, for every article of the import. */
export const StatusChoice = ({ value, onChange, disabled }: StatusChoiceProps) => {
  const t = useT();
  const label = t('status.label', 'Import as');
  return (
    <Field.Root name="status" hint={t('status.hint', 'Applies to every article of this import.')}>
      <Field.Label>{label}</Field.Label>
      <Radio.Group
        aria-label={label}
        value={value}
        disabled={disabled}
        onValueChange={(next: string) => onChange(next === 'published' ? 'published' : 'draft')}
      >
        <Flex gap={6}>
          <Radio.Item value="draft">{t('status.draft', 'Draft')}</Radio.Item>
          <Radio.Item value="published">{t('status.publish', 'Publish')}</Radio.Item>
        </Flex>
      </Radio.Group>
      <Field.Hint />
    </Field.Root>
  );
};
