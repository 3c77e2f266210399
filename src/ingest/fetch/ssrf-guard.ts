import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from 'node:dns';
import type { LookupFunction, Socket } from 'node:net';
import type { buildConnector } from 'undici';
import { isBlockedAddress } from './blocked-address.js';
import { FetchError } from './fetch-error.js';

/**
 * A `lookup` for sockets that resolves every address of the host name and fails when any of them is blocked
 * (`isBlockedAddress`), so a name that resolves to both a public and a private address is refused.
 */
export const guardedLookup: LookupFunction = (hostname, options, callback) => {
  const all: LookupAllOptions = { ...options, all: true };
  dnsLookup(hostname, all, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const blocked = addresses.find((entry) => isBlockedAddress(entry.address));
    if (blocked) {
      const refusal = new FetchError('blocked_address', hostname, `resolves to a private address (${blocked.address}); refused`);
      return callback(refusal as NodeJS.ErrnoException, '', 0);
    }
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error(`${hostname}: no address`), { code: 'ENOTFOUND' }), '', 0);
    callback(null, first.address, first.family);
  });
};

/**
 * Wraps an undici connector so that a connected socket whose peer address is blocked is destroyed before any
 * byte is sent: the last check, which also catches IP literals and any resolver that was bypassed.
 */
export function guardConnector(base: buildConnector.connector): buildConnector.connector {
  return (options, callback) => {
    base(options, (error, socket) => {
      if (error || !socket) return callback(error ?? new Error('no socket'), null);
      const address = (socket as Socket).remoteAddress;
      if (address === undefined || isBlockedAddress(address)) {
        socket.destroy();
        const refusal = new FetchError('blocked_address', options.hostname, `connected to a private address (${address ?? 'unknown'}); refused`);
        return callback(refusal, null);
      }
      callback(null, socket);
    });
  };
}
