import { describe, expect, it } from 'vitest';
import { isBlockedAddress } from '../../../src/ingest/fetch/blocked-address.js';
import { guardConnector } from '../../../src/ingest/fetch/ssrf-guard.js';

describe('isBlockedAddress', () => {
  it.each([
    '127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254',
    '100.64.0.1', '0.0.0.0', '224.0.0.1', '239.255.255.250', '255.255.255.255', '::', '::1', 'fe80::1', 'fd00::1',
    'fc12::3', 'ff02::1', '::ffff:127.0.0.1', '::ffff:169.254.169.254', '[::1]', 'fe80::1%eth0', 'not-an-ip',
  ])('blocks %s', (address) => {
    expect(isBlockedAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])('lets %s through', (address) => {
    expect(isBlockedAddress(address)).toBe(false);
  });
});

describe('guardConnector', () => {
  it('destroys a socket connected to a private address', async () => {
    let destroyed = false;
    const socket = { remoteAddress: '10.0.0.7', destroy: () => void (destroyed = true) };
    const base = (_options: unknown, callback: (error: null, socket: never) => void) => callback(null, socket as never);
    const guarded = guardConnector(base as never);
    const error = await new Promise((resolve) => guarded({ hostname: 'example.org', protocol: 'http:', port: '80' }, (...args: unknown[]) => resolve(args[0])));
    expect(error).toMatchObject({ code: 'blocked_address' });
    expect(destroyed).toBe(true);
  });

  it('passes a public socket on', async () => {
    const socket = { remoteAddress: '93.184.216.34', destroy: () => undefined };
    const base = (_options: unknown, callback: (error: null, socket: never) => void) => callback(null, socket as never);
    const result = await new Promise((resolve) =>
      guardConnector(base as never)({ hostname: 'example.org', protocol: 'http:', port: '80' }, (...args: unknown[]) => resolve(args[1])),
    );
    expect(result).toBe(socket);
  });
});
