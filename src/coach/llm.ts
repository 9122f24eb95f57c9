/**
 * The optional language-model critique: an OpenAI-compatible chat completions client (a local
 * Ollama, say). Off unless a base URL and a model are configured; nothing leaves the machine
 * otherwise. Its text is always labelled as the model's and kept apart from the coach's findings.
 */
import { z } from 'zod';
import { InvalidInputError, UnavailableError } from '../core/errors.js';
import type { QuestionType } from '../core/taxonomy.js';
import { loadCoachRules, type CoachRules } from './rules-load.js';
import type { CoachAnalysis } from './types.js';

/** Every limit has a default and a hard maximum. */
export const LLM_LIMITS = {
  defaultTimeoutMs: 20_000,
  maxTimeoutMs: 120_000,
  defaultMaxTokens: 600,
  maxMaxTokens: 4_000,
} as const;

export const llmConfigSchema = z.strictObject({
  /** e.g. http://127.0.0.1:11434/v1 (the client posts to <baseUrl>/chat/completions). */
  baseUrl: z.url({ protocol: /^https?$/, error: 'baseUrl must be an http:// or https:// URL' }),
  model: z.string().trim().min(1, 'name the model to use'),
  apiKey: z.string().min(1).optional(),
  timeoutMs: z.int().min(1).max(LLM_LIMITS.maxTimeoutMs, `timeoutMs can be at most ${LLM_LIMITS.maxTimeoutMs}`).optional(),
  maxTokens: z.int().min(1).max(LLM_LIMITS.maxMaxTokens, `maxTokens can be at most ${LLM_LIMITS.maxMaxTokens}`).optional(),
});
export type LlmConfig = z.infer<typeof llmConfigSchema>;

export interface LlmCritique {
  source: 'model';
  /** Shown above the text, e.g. "Model's critique (llama3.2)". */
  label: string;
  model: string;
  text: string;
}

export interface CritiqueRequest {
  answer: string;
  type: QuestionType;
  prompt?: string;
  /** The coach's own analysis: its findings are passed along so the model does not repeat them. */
  analysis?: CoachAnalysis;
}

export interface LlmCritic {
  readonly model: string;
  critique(request: CritiqueRequest): Promise<LlmCritique>;
}

const completionSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1),
});

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

function describe(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = (cause as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code === 'ECONNREFUSED' ? 'connection refused' : code;
  return cause instanceof Error ? cause.message : String(cause);
}

/** Why a call to the model failed, as a closed set the settings page can explain. */
export const LLM_FAILURES = ['timeout', 'refused', 'unreachable', 'http', 'bad_json', 'not_completion'] as const;
export type LlmFailure = (typeof LLM_FAILURES)[number];

export type ChatOutcome =
  | { ok: true; text: string; ms: number }
  | { ok: false; failure: LlmFailure; status?: number; message: string; ms: number };

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

/** The endpoint the client posts to: <baseUrl>/chat/completions. */
export function chatEndpointOf(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/chat/completions`;
}

/**
 * One chat completion request. Never throws for what the endpoint does: a failure comes back named
 * (timeout, refused, HTTP status, not JSON, not a completion) with a sentence a person can act on.
 */
export async function chatCompletion(settings: LlmConfig, messages: ChatMessage[], maxTokens = settings.maxTokens ?? LLM_LIMITS.defaultMaxTokens): Promise<ChatOutcome> {
  const endpoint = chatEndpointOf(settings.baseUrl);
  const timeoutMs = settings.timeoutMs ?? LLM_LIMITS.defaultTimeoutMs;
  const started = performance.now();
  const fail = (failure: LlmFailure, what: string, status?: number): ChatOutcome => ({
    ok: false,
    failure,
    ...(status !== undefined && { status }),
    message: `The language model at ${endpoint} ${what}.`,
    ms: Math.round(performance.now() - started),
  });
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let response: Response;
  let raw: string;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {}) },
      body: JSON.stringify({ model: settings.model, stream: false, temperature: 0.2, max_tokens: maxTokens, messages }),
      signal: controller.signal,
    });
    raw = await response.text();
  } catch (error) {
    if (controller.signal.aborted) return fail('timeout', `did not answer within ${timeoutMs} ms`);
    const reason = describe(error);
    return fail(reason === 'connection refused' ? 'refused' : 'unreachable', `is not reachable (${reason})`);
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) return fail('http', `answered with HTTP ${response.status}: ${raw.slice(0, 200).trim() || response.statusText}`, response.status);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return fail('bad_json', 'answered with something that is not JSON');
  }
  const completion = completionSchema.safeParse(json);
  if (!completion.success) return fail('not_completion', 'answered with something that is not an OpenAI-compatible chat completion');
  return { ok: true, text: completion.data.choices[0]?.message.content.trim() ?? '', ms: Math.round(performance.now() - started) };
}

/**
 * Returns a critic for a configured endpoint, or undefined when none is configured (the default):
 * callers then simply show no model critique.
 */
export function createLlmCritic(config: Partial<LlmConfig> | undefined, rules?: CoachRules): LlmCritic | undefined {
  if (!config?.baseUrl || !config.model) return undefined;
  const parsed = llmConfigSchema.safeParse(config);
  if (!parsed.success) {
    throw new InvalidInputError(`Language model settings are invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const settings = parsed.data;
  return {
    model: settings.model,
    async critique(request: CritiqueRequest): Promise<LlmCritique> {
      const text = (rules ?? loadCoachRules()).data.llm;
      const findings = (request.analysis?.feedback ?? []).map((f) => `- ${f.message}`).join('\n') || '- (none given)';
      const outcome = await chatCompletion(settings, [
        { role: 'system', content: text.systemPrompt },
        { role: 'user', content: fill(text.userTemplate, { type: request.type, prompt: request.prompt ?? '(not given)', findings, answer: request.answer }) },
      ]);
      if (!outcome.ok) throw new UnavailableError(`${outcome.message.slice(0, -1)}. Start it or fix the llm settings; the coach's own findings do not need it.`);
      return { source: 'model', label: `${text.label} (${settings.model})`, model: settings.model, text: outcome.text };
    },
  };
}
