/** Types of scripts/build-if-stale.js (used by the tests from TypeScript). */
export function staleReason(root?: string): string | null;
export function buildIfStale(root?: string): boolean;
