import type { SpeechResult, SpeechSettings } from '@shared/api.js';
import { ApiError, request } from '../../lib/api-client.js';

export interface SpeechStatus {
  settings: SpeechSettings;
  engines: Array<{ name: 'pocketsphinx' | 'whisper'; available: boolean; reason?: string }>;
  defaultEngine: 'pocketsphinx' | 'whisper' | null;
  formats: string;
}

export const getSpeechStatus = () => request<SpeechStatus>('GET', '/api/speech');
export const saveSpeechSettings = (settings: Partial<SpeechSettings>) => request<SpeechSettings>('PUT', '/api/speech/settings', settings);

/**
 * Sends a recording to be transcribed on this machine. While the server works, its progress is read
 * every half second (a long answer takes a while).
 */
export async function transcribe(recording: Blob, options: { questionId?: string; engine?: string; onProgress?: (fraction: number) => void }): Promise<SpeechResult> {
  const token = crypto.randomUUID();
  const search = new URLSearchParams({ progress: token });
  if (options.questionId) search.set('questionId', options.questionId);
  if (options.engine) search.set('engine', options.engine);
  let done = false;
  const poll = async () => {
    while (!done) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      if (done) return;
      const state = await request<{ progress: number }>('GET', `/api/speech/progress/${token}`).catch(() => null);
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
