import { Typography } from '@strapi/design-system';

import type { ArticleReport } from '../../../shared/contracts';
import { localePlan, type LocalePlan } from '../utils/localePlan';
import { useT, type Translate } from '../utils/useT';

import { Fact } from './Fact';

const rowText = (t: Translate, plan: LocalePlan) =>
  plan.kind === 'planned'
    ? t(
        'preview.row.translationPlanned',
        'Locale {locale}: a translation of another article of this import',
        { locale: plan.locale }
      )
    : plan.kind === 'translation'
      ? t('preview.row.translation', 'Locale {locale}: adds a translation to an existing article', {
          locale: plan.locale,
        })
      : t('preview.row.locale', 'Locale {locale}', { locale: plan.locale });

const factText = (t: Translate, plan: LocalePlan) =>
  plan.kind === 'planned'
    ? t(
        'preview.localeTranslationPlanned',
        '{locale}: a translation of another article of this import',
        { locale: plan.locale }
      )
    : plan.kind === 'translation'
      ? t('preview.localeTranslation', '{locale}: adds a translation to an existing article', {
          locale: plan.locale,
        })
      : plan.locale;

type Located = Pick<ArticleReport, 'locale' | 'translationOf'>;

/** A plan row's line: the article's locale, and whether it adds a translation to another article. */
export const LocalePlanText = ({ article }: { article: Located }) => {
  const t = useT();
  const plan = localePlan(article);
  if (plan === null) return null;
  return (
    <Typography variant="pi" textColor="neutral600" data-testid="plan-locale">
      {rowText(t, plan)}
    </Typography>
  );
};

/** The same in an article's card, as one of its facts. */
export const LocaleFact = ({ article }: { article: Located }) => {
  const t = useT();
  const plan = localePlan(article);
  if (plan === null) return null;
  return (
    <Fact label={t('preview.locale', 'Locale')}>
      <Typography variant="omega" data-testid="preview-locale">
        {factText(t, plan)}
      </Typography>
    </Fact>
  );
};
