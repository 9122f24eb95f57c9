/** The API client: every call goes through `request`, which turns error bodies into ApiError. Pages call it only through lib/queries.ts. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    // A request given up on (a newer one replaced it) is not the server's fault: pass the abort on.
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'offline', 'The tpmprep server is not answering. Is `npm start` still running?');
  }
  const data = (await response.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!response.ok) {
    throw new ApiError(response.status, data?.error?.code ?? 'unknown', data?.error?.message ?? `request failed (${response.status})`);
  }
  return data as T;
}


export function queryString(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}
