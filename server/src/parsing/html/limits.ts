/**
 * Bounds that keep HTML reading near-linear on hostile or broken pages: Readability and the
 * noise filter look at ancestors, so a page nested thousands of levels deep would take minutes.
 * Real article pages nest a few dozen levels.
 */

/** Deeper elements are unwrapped (their children move up), keeping all text. */
export const MAX_DEPTH = 60;
/** Above this many elements Readability is skipped and the page's main text is read whole. */
export const MAX_ELEMENTS = 30000;

const ELEMENT_NODE = 1;

/** Unwraps every element nested deeper than MAX_DEPTH; iterative, O(nodes). */
export function flattenDeepNesting(root: Element): void {
  const stack: Array<{ node: Element; depth: number }> = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: Element; depth: number };
    for (const child of Array.from(node.children)) {
      if (depth + 1 < MAX_DEPTH) {
        stack.push({ node: child, depth: depth + 1 });
        continue;
      }
      // Too deep: everything below keeps its text but loses its nesting.
      const text = child.ownerDocument.createTextNode(` ${child.textContent ?? ''} `);
      child.replaceWith(text);
    }
  }
}

/** The number of elements, counted up to a bound. */
export function countElements(root: Element, bound: number): number {
  let count = 0;
  const stack: Node[] = [root];
  while (stack.length > 0 && count <= bound) {
    const node = stack.pop() as Node;
    if (node.nodeType !== ELEMENT_NODE) continue;
    count += 1;
    for (const child of Array.from(node.childNodes)) stack.push(child);
  }
  return count;
}
