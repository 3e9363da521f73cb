/**
 * Page parts that are never article text: scripts and styles, cookie and consent banners, ads,
 * share bars, newsletter boxes, related-article lists, comment sections. Removed before
 * Readability scores the page, so that a long comment thread cannot win over a short article.
 */

const ALWAYS =
  'script, style, noscript, template, iframe, object, embed, form, svg, canvas, button, dialog';

const NOISE_WORDS =
  /(?:^|[\s_-])(?:cookies?|consent|gdpr|banner|advert\w*|ads?|adv|sponsor\w*|promo\w*|related|recommend\w*|read-?more|more-news|popular|trending|most-read|comments?|disqus|replies|newsletter|subscribe|subscription|share|sharing|social|sidebar|widget|outbrain|taboola|paywall|modal|popup)(?:$|[\s_-])/iu;

const ROLES = /^(?:complementary|contentinfo|navigation|banner|dialog|alertdialog)$/iu;

function isNoise(element: Element): boolean {
  // An absent attribute is null, which join() writes as ''.
  const marks = ['class', 'id', 'aria-label'].map((name) => element.getAttribute(name)).join(' ');
  if (NOISE_WORDS.test(marks)) return true;
  // An absent role is "null", which is no role.
  return ROLES.test(String(element.getAttribute('role')));
}

/** Removes the noise; keeps any element that holds the page's <h1> or its article body. */
export function removeNoise(document: Document): void {
  for (const node of Array.from(document.querySelectorAll(ALWAYS))) node.remove();
  for (const node of Array.from(
    document.querySelectorAll('aside, footer, nav, [class], [id], [role]')
  )) {
    if (node === document.body || node === document.documentElement) continue;
    // Stryker disable next-line ConditionalExpression: equivalent, only saves work: removing a node inside one already removed changes nothing in the document
    if (!node.isConnected) continue;
    const tag = node.tagName.toLowerCase();
    const structural = tag === 'aside' || tag === 'footer' || tag === 'nav';
    if (!structural && !isNoise(node)) continue;
    // "article has-ads" must not take the article with it.
    if (
      node.querySelector('h1, [itemprop="articleBody"], article') ||
      node.matches('article, main')
    )
      continue;
    node.remove();
  }
}
