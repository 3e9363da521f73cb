import { UID } from '../../../../shared/contracts';

/** The Content Manager's action ids (what an admin's role grants on a content type). */
export const CM_ACTIONS = {
  create: 'plugin::content-manager.explorer.create',
  update: 'plugin::content-manager.explorer.update',
  publish: 'plugin::content-manager.explorer.publish',
} as const;

/** A right an import may need, and where the Content Manager grants it. */
export interface Right {
  action: keyof typeof CM_ACTIONS;
  subject: (typeof UID)['article' | 'author' | 'category'];
  /**
   * A field the right is asked for besides those every write of the subject needs: the
   * article's `cover`, when the import sets one.
   */
  field?: 'cover';
}

/** What an article's write does, as far as permissions go. */
export interface WriteIntent {
  action: 'create' | 'update';
  publish: boolean;
  createsAuthors: boolean;
  createsCategories: boolean;
  /** The write sets the article's cover (a picture it has or uploads). */
  setsCover: boolean;
}

/**
 * The rights a write needs, in the order they are checked: the article itself first (create, or
 * update of *this* article, with the role's conditions), then its cover field when it sets one,
 * then publishing it, then the authors and categories it creates.
 */
export const requiredRights = (intent: WriteIntent): Right[] => [
  { action: intent.action, subject: UID.article },
  ...(intent.setsCover
    ? [{ action: intent.action, subject: UID.article, field: 'cover' as const }]
    : []),
  ...(intent.publish ? [{ action: 'publish' as const, subject: UID.article }] : []),
  ...(intent.createsAuthors ? [{ action: 'create' as const, subject: UID.author }] : []),
  ...(intent.createsCategories ? [{ action: 'create' as const, subject: UID.category }] : []),
];

/** The first right not granted, or null when the write may go ahead. */
export const missingRight = (required: Right[], granted: (right: Right) => boolean): Right | null =>
  required.find((right) => !granted(right)) ?? null;

const NOUNS: Record<Right['subject'], string> = {
  [UID.article]: 'articles',
  [UID.author]: 'authors',
  [UID.category]: 'categories',
};

/**
 * `plugin::content-manager.explorer.update on plugin::newsroom.article`, and for a field
 * `… on plugin::newsroom.article (field cover)`.
 */
export const rightId = (right: Right): string =>
  `${CM_ACTIONS[right.action]} on ${right.subject}${right.field ? ` (field ${right.field})` : ''}`;

/** Why a write was refused and what to do, for the report. */
export const forbiddenMessage = (right: Right): string => {
  if (right.field) {
    const whose = right.action === 'update' ? 'this article' : 'articles';
    return `Your role may not set the ${right.field} of ${whose} in the Content Manager (${rightId(right)}), so nothing of this article was written. Import it without its ${right.field} (leave it out of the source), or ask an administrator for that permission.`;
  }
  const what =
    right.subject === UID.article && right.action === 'update'
      ? 'update this article'
      : right.subject === UID.article && right.action === 'publish'
        ? 'publish this article'
        : `${right.action} ${NOUNS[right.subject]}`;
  const hint =
    right.action === 'publish'
      ? 'Import it as a draft, or ask an administrator for that permission.'
      : 'Ask an administrator for that permission, or leave this article out.';
  return `Your role may not ${what} in the Content Manager (${rightId(right)}), so nothing of this article was written. ${hint}`;
};
