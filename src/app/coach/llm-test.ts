import { z } from 'zod';
import { chatCompletion, chatEndpointOf, LLM_LIMITS, type LlmConfig, type LlmFailure } from '../../coach/index.js';
import { parseInput } from '../validate.js';

/** The Test button should not hang for the coach's full 20 s: a reachable model answers one word quickly. */
export const LLM_TEST_TIMEOUT_MS = { default: 10_000, max: LLM_LIMITS.maxTimeoutMs } as const;
/** What the test asks; the reply is shown as it comes back. */
export const LLM_TEST_PROMPT = 'Reply with one word: ready';

export const llmTestSchema = z.strictObject({
  baseUrl: z.url({ protocol: /^https?$/, error: 'baseUrl is an http:// or https:// URL, e.g. http://127.0.0.1:11434/v1' }).optional(),
  model: z.string().trim().min(1, 'model names the model, e.g. llama3.2').optional(),
  apiKey: z.string().trim().min(1).max(500).optional(),
  timeoutMs: z
    .number()
    .int()
    .min(1)
    .max(LLM_TEST_TIMEOUT_MS.max, `timeoutMs is at most ${LLM_TEST_TIMEOUT_MS.max}`)
    .optional(),
});

export type LlmTestResult =
  | { ok: true; endpoint: string; model: string; reply: string; ms: number }
  | { ok: false; endpoint: string | null; model: string | null; failure: LlmFailure | 'not_configured'; status?: number; message: string; ms: number };

/**
 * Calls the model with a one-line prompt and reports its reply or exactly why it failed. Values in the
 * request (what the person just typed) win over the saved ones; the saved key is used when none is given.
 */
export async function testLlm(raw: unknown, saved: () => Promise<Partial<LlmConfig> | undefined>): Promise<LlmTestResult> {
  const input = parseInput(llmTestSchema, raw ?? {}, 'model test');
  const current = (await saved()) ?? {};
  const baseUrl = input.baseUrl ?? current.baseUrl;
  const model = input.model ?? current.model;
  if (!baseUrl || !model) {
    return {
      ok: false,
      endpoint: baseUrl ? chatEndpointOf(baseUrl) : null,
      model: model ?? null,
      failure: 'not_configured',
      message: `no language model to test: give ${[!baseUrl && 'the URL', !model && 'the model'].filter(Boolean).join(' and ')}`,
      ms: 0,
    };
  }
  const apiKey = input.apiKey ?? current.apiKey;
  const config: LlmConfig = { baseUrl, model, ...(apiKey && { apiKey }), timeoutMs: input.timeoutMs ?? LLM_TEST_TIMEOUT_MS.default };
  const outcome = await chatCompletion(config, [{ role: 'user', content: LLM_TEST_PROMPT }], 20);
  const endpoint = chatEndpointOf(baseUrl);
  if (outcome.ok) return { ok: true, endpoint, model, reply: outcome.text, ms: outcome.ms };
  return { ok: false, endpoint, model, failure: outcome.failure, ...(outcome.status !== undefined && { status: outcome.status }), message: outcome.message, ms: outcome.ms };
}
