import { BlockList, isIP } from 'node:net';

/**
 * Address ranges a fetch must never reach unless private hosts are allowed: loopback, private (RFC 1918, shared
 * address space, unique local), link-local (169.254.0.0/16, where cloud metadata services live; fe80::/10),
 * multicast, unspecified, broadcast and reserved ranges, in IPv4 and IPv6 (IPv4-mapped IPv6 addresses are
 * checked as IPv4 by Node's BlockList).
 */
const BLOCKED = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  BLOCKED.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  BLOCKED.addSubnet(network, prefix, 'ipv6');
}

/**
 * True when `address` (an IPv4 or IPv6 literal, brackets allowed) is one a fetch must refuse; also true for
 * anything that is not an IP address, so a caller never lets an unchecked value through.
 * @example isBlockedAddress('169.254.169.254') // true
 */
export function isBlockedAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 0) return true;
  return BLOCKED.check(bare, family === 4 ? 'ipv4' : 'ipv6');
}
