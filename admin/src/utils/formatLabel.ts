import type { ArticleDraft } from '../../../shared/contracts';

import type { Translate } from './useT';

/** How the preview names the format the server read an input as. */
export const formatLabel = (t: Translate, format: ArticleDraft['sourceMeta']['format']): string => {
  switch (format) {
    case 'html':
      return t('format.html', 'HTML page');
    case 'markdown':
      return t('format.markdown', 'Markdown');
    case 'json':
      return t('format.json', 'JSON');
    case 'text':
      return t('format.text', 'News text');
  }
};
