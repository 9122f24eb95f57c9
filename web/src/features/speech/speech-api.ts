import type { ApiBody, ApiQuery, ApiResponse, SpeechStatus } from '@shared/api.js';
import { ApiError, request } from '../../lib/api-client.js';

export type { SpeechStatus };
type SpeechResult = ApiResponse<'POST /api/speech/transcribe'>;

export const getSpeechStatus = () => request<ApiResponse<'GET /api/speech'>>('GET', '/api/speech');
export const saveSpeechSettings = (settings: ApiBody<'PUT /api/speech/settings'>) => request<ApiResponse<'PUT /api/speech/settings'>>('PUT', '/api/speech/settings', settings);

/**
 * Sends a recording to be transcribed on this machine. While the server works, its progress is read
 * every half second (a long answer takes a while).
 */
export async function transcribe(recording: Blob, options: { questionId?: string; engine?: string; onProgress?: (fraction: number) => void }): Promise<SpeechResult> {
  const token = crypto.randomUUID();
  const query: ApiQuery<'POST /api/speech/transcribe'> = { progress: token, ...(options.questionId && { questionId: options.questionId }), ...(options.engine && { engine: options.engine }) };
  const search = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string'));
  let done = false;
  const poll = async () => {
    while (!done) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      if (done) return;
      const state = await request<ApiResponse<'GET /api/speech/progress/:token'>>('GET', `/api/speech/progress/${token}`).catch(() => null);
      if (state && !done) options.onProgress?.(state.progress);
    }
  };
  void poll();
  try {
    let response: Response;
    try {
      response = await fetch(`/api/speech/transcribe?${search.toString()}`, { method: 'POST', headers: { 'content-type': recording.type || 'audio/webm' }, body: recording });
    } catch {
      throw new ApiError(0, 'offline', 'The tpmprep server is not answering. Is `npm start` still running?');
    }
    const data = (await response.json().catch(() => null)) as (SpeechResult & { error?: { code: string; message: string } }) | null;
    if (!response.ok) throw new ApiError(response.status, data?.error?.code ?? 'unknown', data?.error?.message ?? `transcription failed (${response.status})`);
    return data as SpeechResult;
  } finally {
    done = true;
  }
}
