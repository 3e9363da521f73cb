import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const PLAYGROUND = path.join(REPO_ROOT, 'playground');
export const PLAYGROUND_DIST = path.join(PLAYGROUND, 'dist');
