import crypto from 'node:crypto';

type OneShot = (algorithm: string, data: string | Uint8Array, outputEncoding: 'hex') => string;

/** Node's one-shot `crypto.hash` (Node ≥ 20.12): no Hash object per call, half the time on short texts. */
const oneShot = (crypto as unknown as { hash?: OneShot }).hash;

/** The SHA-256 of a text (UTF-8) or bytes, in hex: the same digest however it is computed. */
export const sha256Hex = (data: string | Uint8Array): string =>
  oneShot ? oneShot('sha256', data, 'hex') : crypto.createHash('sha256').update(data).digest('hex');
