import { z } from 'zod';
import { THEME_IDS, TRACK_IDS, TARGET_LEVEL_IDS } from '../../core/profile.js';

/** Where each stored setting lives in the settings table (one JSON value per key). */
export const SETTING_ROWS = {
  theme: 'app.theme',
  track: 'app.track',
  level: 'app.level',
  companyStyle: 'app.company_style',
  firstRunDone: 'app.first_run_done',
  llm: 'llm.endpoint',
} as const;

export const themeSchema = z.enum(THEME_IDS, { error: `theme is one of ${THEME_IDS.join(', ')}` });
export const trackSchema = z.enum(TRACK_IDS, { error: `track is product (Technical Product Manager) or program (Technical Program Manager)` });
export const levelSchema = z.enum(TARGET_LEVEL_IDS, { error: `level is one of ${TARGET_LEVEL_IDS.join(', ')}` });

const llmUrl = z.url({ protocol: /^https?$/, error: 'llm.baseUrl is an http:// or https:// URL, e.g. http://127.0.0.1:11434/v1' });
const llmModel = z.string().trim().min(1, 'llm.model names the model, e.g. llama3.2');
const llmKey = z.string().trim().min(1, 'llm.apiKey is empty; leave it out to keep the saved key, or send null to remove it').max(500, 'llm.apiKey is limited to 500 characters');

/** The language model as stored: any part may be missing until both the URL and the model are given. */
export const storedLlmSchema = z.strictObject({ baseUrl: llmUrl.nullable(), model: llmModel.nullable(), apiKey: llmKey.nullable() });
export type StoredLlm = z.infer<typeof storedLlmSchema>;

/**
 * A change to the settings: only the keys given change. `null` clears an optional setting; for
 * llm.apiKey, leaving it out keeps the saved key, so the web never needs to send it back.
 * Plan and flashcard values are checked by their own schemas (plan.ts, flashcard-settings.ts).
 */
export const settingsUpdateSchema = z
  .strictObject({
    theme: themeSchema.optional(),
    track: trackSchema.optional(),
    level: levelSchema.optional(),
    companyStyle: z.string({ error: 'companyStyle is a loop id such as google-style, or null for none' }).nullable().optional(),
    interviewDate: z.unknown().optional(),
    weeks: z.unknown().optional(),
    hoursPerWeek: z.unknown().optional(),
    llm: z
      .strictObject({ baseUrl: llmUrl.nullable().optional(), model: llmModel.nullable().optional(), apiKey: llmKey.nullable().optional() })
      .nullable()
      .optional(),
    flashcards: z.unknown().optional(),
    firstRunDone: z.boolean({ error: 'firstRunDone is true or false' }).optional(),
  })
  .refine((s) => Object.keys(s).length > 0, 'give at least one setting to change');
export type SettingsUpdate = z.infer<typeof settingsUpdateSchema>;

/** The one-line names `tpmprep settings get|set` takes, and how a typed value becomes a setting. */
export const SETTING_KEYS = {
  theme: { kind: 'text', help: 'system, light or dark' },
  track: { kind: 'text', help: 'product or program' },
  level: { kind: 'text', help: 'mid, senior or staff' },
  interviewDate: { kind: 'nullable-text', help: 'YYYY-MM-DD, or none' },
  weeks: { kind: 'nullable-number', help: 'weeks left, 2-6, or none when an interview date is set' },
  hoursPerWeek: { kind: 'number', help: 'study hours a week, 3-40' },
  companyStyle: { kind: 'nullable-text', help: 'a company-style loop id, or none' },
  'llm.baseUrl': { kind: 'nullable-text', help: 'an OpenAI-compatible endpoint, e.g. http://127.0.0.1:11434/v1, or none' },
  'llm.model': { kind: 'nullable-text', help: 'the model name, or none' },
  'llm.apiKey': { kind: 'nullable-text', help: 'the API key, or none' },
  'flashcards.desiredRetention': { kind: 'number', help: '0.7-0.97' },
  'flashcards.newCardsPerDay': { kind: 'number', help: 'new cards a day' },
  firstRunDone: { kind: 'boolean', help: 'true or false' },
} as const;
export type SettingKey = keyof typeof SETTING_KEYS;
export const SETTING_KEY_NAMES = Object.keys(SETTING_KEYS) as SettingKey[];
