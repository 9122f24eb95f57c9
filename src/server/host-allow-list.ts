/**
 * Which Host headers the server answers. A DNS-rebinding page reaches 127.0.0.1 under its own name
 * (evil.example:3000), so only the loopback names and the configured HOST are answered, and only on
 * the port the server listens on.
 *
 * @example
 *   const hosts = hostAllowList('127.0.0.1');
 *   hosts.allows('localhost:3000', 3000); // true
 *   hosts.allows('evil.example:3000', 3000); // false
 */
export const LOOPBACK_HOSTNAMES = ['localhost', '127.0.0.1', '[::1]'] as const;

export interface HostAllowList {
  readonly hostnames: readonly string[];
  /** In hosted mode, the public URL's origin (https://tpm.example.com): its Host and Origin are this server's too. */
  readonly publicOrigin?: string;
  /** True when `host` (a Host header, or the host part of an Origin) names this server on `port`. */
  allows(host: string | undefined, port: number): boolean;
}

/** A bare IPv6 address gets its brackets, as it appears in a Host header; names are lower-cased. */
export function hostnameForHeader(host: string): string {
  const lower = host.trim().toLowerCase();
  return lower.includes(':') && !lower.startsWith('[') ? `[${lower}]` : lower;
}

export function isLoopbackHost(host: string): boolean {
  return (LOOPBACK_HOSTNAMES as readonly string[]).includes(hostnameForHeader(host));
}

export function hostAllowList(configuredHost?: string, publicUrl?: string): HostAllowList {
  const hostnames = [...LOOPBACK_HOSTNAMES] as string[];
  const pub = publicUrl ? new URL(publicUrl) : undefined;
  // The Host header a browser sends for the public URL: the port only when it is not the scheme's default.
  const publicHost = pub?.host.toLowerCase();
  if (configuredHost) {
    const configured = hostnameForHeader(configuredHost);
    if (!hostnames.includes(configured)) hostnames.push(configured);
  }
  return {
    hostnames,
    ...(pub ? { publicOrigin: pub.origin.toLowerCase() } : {}),
    allows(host, port) {
      if (!host) return false;
      if (publicHost !== undefined && host.toLowerCase() === publicHost) return true;
      const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(host.toLowerCase());
      if (!match) return false;
      const [, hostname, portText] = match;
      // Without a port a browser means the scheme's default, 80.
      const givenPort = portText === undefined ? 80 : Number(portText);
      return givenPort === port && hostnames.includes(hostname ?? '');
    },
  };
}
