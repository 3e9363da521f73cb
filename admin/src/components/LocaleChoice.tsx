import type { AppLocale } from '../hooks/useAppLocales';
import { useT } from '../utils/useT';
import { SelectField } from './SelectField';

interface LocaleChoiceProps {
  locales: readonly AppLocale[];
  value: string;
  onChange: (code: string) => void;
  disabled?: boolean;
}

/**
 * The locale of the articles that do not name theirs (front matter / JSON `locale`, an HTML
 * page's lang): sent with the preview and the import.
 */
export const LocaleChoice = ({ locales, value, onChange, disabled }: LocaleChoiceProps) => {
  const t = useT();
  return (
    <SelectField
      name="locale"
      label={t('locale.label', 'Locale')}
      hint={t(
        'locale.hint',
        'For articles that do not name their locale (a “locale” field, an HTML page’s lang).'
      )}
      value={value}
      disabled={disabled}
      options={locales.map((locale) => ({
        value: locale.code,
        label: locale.isDefault
          ? t('locale.default', '{name} (default)', { name: locale.name })
          : locale.name,
      }))}
      onChange={onChange}
    />
  );
};
