type EndpointStats = { endpoint: string; requests: number; errors: number };

export function errorRates(lines: string[], minRequests: number): { endpoints: EndpointStats[]; malformed: number } {
  return { endpoints: [], malformed: 0 };
}
