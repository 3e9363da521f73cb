import { createId } from '@paralleldrive/cuid2';

import { DOCUMENT_ID_LENGTH, newDocumentId } from '../document-id';

describe('newDocumentId', () => {
  it('has the shape of Strapi’s own document ids (cuid2): a letter, then letters and digits', () => {
    const shape = /^[a-z][a-z0-9]+$/;
    // Strapi's generator, for comparison: the same length and alphabet.
    const strapis = createId();
    expect(strapis).toMatch(shape);
    expect(DOCUMENT_ID_LENGTH).toBe(strapis.length);
    for (let i = 0; i < 1000; i += 1) {
      const id = newDocumentId();
      expect(id).toMatch(shape);
      expect(id).toHaveLength(strapis.length);
    }
  });

  it('does not repeat over 200,000 ids', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 200_000; i += 1) ids.add(newDocumentId());
    expect(ids.size).toBe(200_000);
  });

  it('draws every character evenly (no modulo bias)', () => {
    // 36 characters after the first: with a biased draw (byte % 36 over all 256 bytes) the first
    // four (a–d) would come up 8/7 as often as the rest — a 14 % excess this sample would show.
    const counts = new Map<string, number>();
    const firsts = new Map<string, number>();
    const n = 40_000;
    for (let i = 0; i < n; i += 1) {
      const id = newDocumentId();
      firsts.set(id[0], (firsts.get(id[0]) ?? 0) + 1);
      for (const char of id.slice(1)) counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    expect(counts.size).toBe(36);
    expect(firsts.size).toBe(26);
    const expected = (n * (DOCUMENT_ID_LENGTH - 1)) / 36; // ~25,555 each
    for (const count of counts.values())
      expect(Math.abs(count - expected) / expected).toBeLessThan(0.05);
    const expectedFirst = n / 26; // ~1,538 each
    for (const count of firsts.values()) {
      expect(Math.abs(count - expectedFirst) / expectedFirst).toBeLessThan(0.2);
    }
  });
});
