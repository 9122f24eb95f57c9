type EndpointStats = { endpoint: string; requests: number; errors: number };

const METHOD = /^[A-Z]+$/;
const STATUS = /^[0-9]{3}$/;
const LATENCY = /^[0-9]+ms$/;

// One pass to parse and count per endpoint, then one sort of the endpoints.
export function errorRates(lines: string[], minRequests: number): { endpoints: EndpointStats[]; malformed: number } {
  const stats = new Map<string, EndpointStats>();
  let malformed = 0;
  for (const line of lines) {
    const [timestamp, method, target, status, latency, ...rest] = line.split(' ');
    const code = Number(status);
    const wellFormed =
      rest.length === 0 &&
      !!timestamp &&
      METHOD.test(method ?? '') &&
      (target ?? '').startsWith('/') &&
      STATUS.test(status ?? '') &&
      code >= 100 &&
      code <= 599 &&
      LATENCY.test(latency ?? '');
    if (!wellFormed) {
      malformed++;
      continue;
    }
    const endpoint = `${method} ${target!.split('?')[0]}`;
    let entry = stats.get(endpoint);
    if (!entry) stats.set(endpoint, (entry = { endpoint, requests: 0, errors: 0 }));
    entry.requests++;
    if (code >= 500) entry.errors++;
  }
  const endpoints = [...stats.values()]
    .filter((e) => e.requests >= minRequests)
    .sort((a, b) => b.errors / b.requests - a.errors / a.requests || b.requests - a.requests || (a.endpoint < b.endpoint ? -1 : 1));
  return { endpoints, malformed };
}
