import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { download } from '../images';
import {
  checkedLookup,
  MAX_REDIRECTS,
  parseAllowList,
  RefusedAddressError,
  refusedRange,
  safeGet,
} from '../safe-download';

const LIMITS = { maxBytes: 1024 * 1024, timeoutMs: 5_000 };
/** A 1×1 GIF. */
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw==', 'base64');

describe('refusedRange: only public addresses are reachable', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'], // the cloud metadata service
    ['100.64.0.1', 'carrierGradeNat'],
    ['0.0.0.0', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['224.0.0.1', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fd00::1', 'uniqueLocal'],
    ['::ffff:127.0.0.1', 'loopback'], // mapped IPv4 is read as IPv4
    ['::ffff:169.254.169.254', 'linkLocal'],
    ['64:ff9b::7f00:1', 'rfc6052'], // NAT64 of 127.0.0.1
    ['2002:7f00:1::', '6to4'],
    ['2001::1', 'teredo'],
    ['not an address', 'invalid'],
  ])('%s is refused (%s)', (address, range) => {
    expect(refusedRange(address)).toBe(range);
  });

  it.each(['8.8.8.8', '93.184.216.34', '172.32.0.1', '192.169.0.1', '2606:4700:4700::1111'])(
    '%s (public) is reachable',
    (address) => {
      expect(refusedRange(address)).toBeNull();
    }
  );

  it('lets the allow list open single addresses and ranges, and nothing else', () => {
    const allow = parseAllowList(['127.0.0.1', '10.0.0.0/8', 'fd00::/16']);
    expect(refusedRange('127.0.0.1', allow)).toBeNull();
    expect(refusedRange('::ffff:127.0.0.1', allow)).toBeNull();
    expect(refusedRange('127.0.0.2', allow)).toBe('loopback');
    expect(refusedRange('10.200.3.4', allow)).toBeNull();
    expect(refusedRange('11.0.0.1', allow)).toBeNull(); // public anyway
    expect(refusedRange('192.168.0.1', allow)).toBe('private');
    expect(refusedRange('fd00::5', allow)).toBeNull();
    expect(refusedRange('fd01::5', allow)).toBe('uniqueLocal');
    expect(refusedRange('::1', allow)).toBe('loopback');
  });

  it('refuses an allow-list entry that is not an address or a range', () => {
    expect(() => parseAllowList(['localhost'])).toThrow();
    expect(() => parseAllowList(['10.0.0.0/40'])).toThrow();
  });
});

describe('checkedLookup: the address connected to is the address checked', () => {
  const lookup = (host: string, all: boolean, allow = parseAllowList([])) =>
    new Promise<{ error: NodeJS.ErrnoException | null; address: unknown }>((resolve) => {
      checkedLookup(allow)(host, { all }, (error, address) => resolve({ error, address }));
    });

  it('refuses a name that resolves to a loopback address, in both call forms', async () => {
    for (const all of [false, true]) {
      const { error } = await lookup('localhost', all);
      expect(error).toBeInstanceOf(RefusedAddressError);
      expect((error as RefusedAddressError).host).toBe('localhost');
      expect(error?.message).toMatch(/^localhost resolves to (127\.0\.0\.1|::1) \(loopback\)/);
    }
  });

  it('answers in the form asked for when every address is allowed', async () => {
    const allow = parseAllowList(['127.0.0.0/8', '::1']);
    const one = await lookup('localhost', false, allow);
    expect(one.error).toBeNull();
    expect(['127.0.0.1', '::1']).toContain(one.address);
    const all = await lookup('localhost', true, allow);
    expect(all.error).toBeNull();
    expect(Array.isArray(all.address)).toBe(true);
  });

  it('passes a resolver error through', async () => {
    const { error } = await lookup('no-such-host.invalid', false);
    expect(error).not.toBeInstanceOf(RefusedAddressError);
    expect(error?.code).toMatch(/ENOTFOUND|EAI_AGAIN/);
  });
});

describe('safeGet and download against a local server', () => {
  let server: http.Server;
  let base: string;
  let port: number;
  const hits: string[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const url = req.url ?? '';
      hits.push(url);
      if (url === '/pic.gif') {
        res.writeHead(200, { 'Content-Type': 'image/gif' }).end(GIF);
      } else if (url === '/to-pic') {
        res.writeHead(302, { Location: '/pic.gif' }).end();
      } else if (url === '/to-other-loopback') {
        res.writeHead(301, { Location: `http://127.0.0.2:${port}/pic.gif` }).end();
      } else if (url === '/to-ftp') {
        res.writeHead(302, { Location: 'ftp://127.0.0.1/pic.gif' }).end();
      } else if (url.startsWith('/loop')) {
        res.writeHead(302, { Location: `/loop${Number(url.slice(5) || 0) + 1}` }).end();
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    base = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => {
    hits.length = 0;
  });

  const signal = () => AbortSignal.timeout(5_000);
  const localOnly = parseAllowList(['127.0.0.1']);

  it('refuses a loopback address without connecting to it', async () => {
    const got = await safeGet(`${base}/pic.gif`, [], signal());
    expect('refused' in got && got.refused.range).toBe('loopback');
    expect(await download(`${base}/pic.gif`, LIMITS)).toEqual({ problem: 'PRIVATE_ADDRESS' });
    expect(await download(`http://localhost:${port}/pic.gif`, LIMITS)).toEqual({
      problem: 'PRIVATE_ADDRESS',
    });
    expect(await download(`http://[::ffff:127.0.0.1]:${port}/pic.gif`, LIMITS)).toEqual({
      problem: 'PRIVATE_ADDRESS',
    });
    expect(hits).toEqual([]);
  });

  it('downloads from an allowed address, and follows a redirect on it', async () => {
    const direct = await download(`${base}/pic.gif`, LIMITS, localOnly);
    expect('picture' in direct && direct.picture.mime).toBe('image/gif');
    const redirected = await download(`${base}/to-pic`, LIMITS, localOnly);
    expect('picture' in redirected && redirected.picture.sha256).toBe(
      'picture' in direct && direct.picture.sha256
    );
    expect(hits).toEqual(['/pic.gif', '/to-pic', '/pic.gif']);
  });

  it('checks every redirect: an allowed server cannot send the download to another private address', async () => {
    expect(await download(`${base}/to-other-loopback`, LIMITS, localOnly)).toEqual({
      problem: 'PRIVATE_ADDRESS',
    });
    expect(hits).toEqual(['/to-other-loopback']);
  });

  it('follows only http(s) redirects, and at most MAX_REDIRECTS of them', async () => {
    expect(await safeGet(`${base}/to-ftp`, localOnly, signal())).toEqual({ failed: 'BAD_ADDRESS' });
    expect(await safeGet(`${base}/loop`, localOnly, signal())).toEqual({
      failed: 'TOO_MANY_REDIRECTS',
    });
    expect(hits.filter((url) => url.startsWith('/loop'))).toHaveLength(MAX_REDIRECTS + 1);
    expect(await download(`${base}/loop`, LIMITS, localOnly)).toEqual({
      problem: 'DOWNLOAD_FAILED',
    });
  });

  it('refuses what is not an http(s) address', async () => {
    expect(await safeGet('file:///etc/passwd', [], signal())).toEqual({ failed: 'BAD_ADDRESS' });
    expect(await safeGet('http://', [], signal())).toEqual({ failed: 'BAD_ADDRESS' });
  });
});
