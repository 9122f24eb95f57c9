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
  const endpoint = `${settings.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const timeoutMs = settings.timeoutMs ?? LLM_LIMITS.defaultTimeoutMs;
  const unavailable = (what: string): UnavailableError =>
    new UnavailableError(
      `The language model at ${endpoint} ${what}. Start it or fix the llm settings; the coach's own findings do not need it.`,
    );

  return {
    model: settings.model,
    async critique(request: CritiqueRequest): Promise<LlmCritique> {
      const text = (rules ?? loadCoachRules()).data.llm;
      const findings = (request.analysis?.feedback ?? []).map((f) => `- ${f.message}`).join('\n') || '- (none given)';
      const body = {
        model: settings.model,
        stream: false,
        temperature: 0.2,
        max_tokens: settings.maxTokens ?? LLM_LIMITS.defaultMaxTokens,
        messages: [
          { role: 'system', content: text.systemPrompt },
          {
            role: 'user',
            content: fill(text.userTemplate, { type: request.type, prompt: request.prompt ?? '(not given)', findings, answer: request.answer }),
          },
        ],
      };
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      let response: Response;
      let raw: string;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {}) },
          body: JSON.stringify(body),
          signal: controller.signal,
        });
        raw = await response.text();
      } catch (error) {
        if (controller.signal.aborted) throw unavailable(`did not answer within ${timeoutMs} ms`);
        throw unavailable(`is not reachable (${describe(error)})`);
      } finally {
        clearTimeout(timer);
      }
      if (!response.ok) throw unavailable(`answered with HTTP ${response.status}: ${raw.slice(0, 200).trim() || response.statusText}`);
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        throw unavailable('answered with something that is not JSON');
      }
      const completion = completionSchema.safeParse(json);
      if (!completion.success) throw unavailable('answered with something that is not an OpenAI-compatible chat completion');
      const content = completion.data.choices[0]?.message.content.trim() ?? '';
      return { source: 'model', label: `${text.label} (${settings.model})`, model: settings.model, text: content };
    },
  };
}
