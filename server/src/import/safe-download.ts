/**
 * Downloads that cannot be turned against the server's own network (SSRF).
 *
 * A picture's address comes from the imported file, so whoever writes that file chooses where the
 * server connects. Without a check, `cover: http://169.254.169.254/latest/meta-data/…` or
 * `http://localhost:5432/` would make the Strapi server reach its cloud metadata service, its
 * database or an admin page on the private network, and store the answer in the Media Library.
 *
 * So a download reaches only public (`unicast`) addresses, as ipaddr.js classifies them: loopback,
 * private (10/8, 172.16/12, 192.168/16), carrier-grade NAT, link-local (169.254/16: the cloud
 * metadata services), unique-local and site-local IPv6, multicast, broadcast, the unspecified and
 * reserved ranges, and IPv6 forms that carry an IPv4 address (mapped, NAT64, 6to4, Teredo) are
 * refused. The check is made on the addresses the name resolves to, inside the connection's own
 * lookup: the address checked is the address connected to (no DNS rebinding between a check and
 * the connection), and a name with any refused address is refused. An address written as an IP
 * literal is checked before the request. Redirects are followed by hand, at most
 * MAX_REDIRECTS, each new address checked the same way, and only to http(s).
 *
 * An operator whose pictures are on the private network lists those addresses or ranges in the
 * `imageDownloadAllowList` setting (`['10.1.2.3', '192.168.0.0/16']`); the tests list 127.0.0.1.
 */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';

import ipaddr from 'ipaddr.js';

/** Most redirects followed for one picture. */
export const MAX_REDIRECTS = 5;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** A parsed allow list: single addresses and CIDR ranges. */
export type AllowList = readonly [ipaddr.IPv4 | ipaddr.IPv6, number][];

/** Reads `imageDownloadAllowList` entries ("10.0.0.5", "10.0.0.0/8", "fd00::/8"); throws on a bad one. */
export const parseAllowList = (entries: readonly string[]): AllowList =>
  entries.map((entry) => {
    const text = entry.trim();
    if (text.includes('/')) return ipaddr.parseCIDR(text);
    const address = ipaddr.parse(text);
    return [address, address.kind() === 'ipv4' ? 32 : 128];
  });

/** Whether `entry` is an IP address or a CIDR range that `parseAllowList` takes. */
export const isAllowListEntry = (entry: unknown): boolean => {
  if (typeof entry !== 'string') return false;
  try {
    parseAllowList([entry]);
    return true;
  } catch {
    return false;
  }
};

/**
 * Why a download may not connect to `address` (the range's name, e.g. "loopback"), or null when
 * it may: a public address, or one on the allow list.
 */
export const refusedRange = (address: string, allow: AllowList = []): string | null => {
  if (!ipaddr.isValid(address)) return 'invalid';
  // "::ffff:127.0.0.1" is 127.0.0.1.
  const parsed = ipaddr.process(address);
  const allowed = allow.some(
    ([range, bits]) => range.kind() === parsed.kind() && parsed.match(range, bits)
  );
  if (allowed) return null;
  const range = parsed.range();
  return range === 'unicast' ? null : range;
};

/** The error a refused address gives: its code tells it apart from a failed download. */
export class RefusedAddressError extends Error {
  readonly code = 'ENEWSROOM_PRIVATE_ADDRESS';
  constructor(
    readonly host: string,
    readonly address: string,
    readonly range: string
  ) {
    super(`${host} resolves to ${address} (${range}): downloads reach only public addresses`);
    this.name = 'RefusedAddressError';
  }
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | dns.LookupAddress[],
  family?: number
) => void;

/** `dns.lookup`, refusing every name that resolves to an address outside the public internet. */
export const checkedLookup =
  (allow: AllowList) =>
  (hostname: string, options: dns.LookupOptions, callback: LookupCallback): void => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      for (const { address } of addresses) {
        const range = refusedRange(address, allow);
        if (range) return callback(new RefusedAddressError(hostname, address, range), '');
      }
      if (options.all) return callback(null, addresses);
      const [first] = addresses;
      if (!first)
        return callback(
          Object.assign(new Error(`${hostname}: no address`), { code: 'ENOTFOUND' }),
          ''
        );
      return callback(null, first.address, first.family);
    });
  };

export interface SafeResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: http.IncomingMessage;
}

export type SafeGetResult =
  | { response: SafeResponse }
  | { refused: RefusedAddressError }
  | { failed: 'BAD_ADDRESS' | 'TOO_MANY_REDIRECTS' };

const getOnce = (url: URL, allow: AllowList, signal: AbortSignal) =>
  new Promise<http.IncomingMessage>((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const request = client.get(url, {
      signal,
      lookup: checkedLookup(allow) as unknown as net.LookupFunction,
      // No keep-alive agent: a socket made for one checked address is never reused for another.
      agent: false,
      headers: { accept: 'image/*', 'user-agent': 'strapi-plugin-newsroom' },
    });
    request.once('response', resolve);
    request.once('error', reject);
  });

/** The host of a URL as an IP address, when it is written as one ("[::1]" → "::1"). */
const literalAddress = (url: URL): string | null => {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return net.isIP(host) ? host : null;
};

/**
 * GET `address`, following redirects by hand, never connecting outside the public internet (or
 * the allow list). Network errors and aborts are thrown; a refused address is returned.
 */
export const safeGet = async (
  address: string,
  allow: AllowList,
  signal: AbortSignal
): Promise<SafeGetResult> => {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { failed: 'BAD_ADDRESS' };
  }
  for (let redirects = 0; ; redirects += 1) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { failed: 'BAD_ADDRESS' };
    const literal = literalAddress(url);
    const literalRange = literal ? refusedRange(literal, allow) : null;
    if (literal && literalRange) {
      return { refused: new RefusedAddressError(url.hostname, literal, literalRange) };
    }
    let body: http.IncomingMessage;
    try {
      body = await getOnce(url, allow, signal);
    } catch (error) {
      if (error instanceof RefusedAddressError) return { refused: error };
      throw error;
    }
    const status = body.statusCode ?? 0;
    const location = body.headers.location;
    if (!REDIRECTS.has(status) || !location)
      return { response: { status, headers: body.headers, body } };
    body.resume();
    if (redirects >= MAX_REDIRECTS) return { failed: 'TOO_MANY_REDIRECTS' };
    try {
      url = new URL(location, url);
    } catch {
      return { failed: 'BAD_ADDRESS' };
    }
  }
};
