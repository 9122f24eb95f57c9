import path from 'node:path';
import type { LlmConfig } from '../../coach/index.js';
import { InvalidInputError, NotFoundError } from '../../core/errors.js';
import { PROFILE_DEFAULTS, TARGET_LEVELS, THEMES, TRACKS, type TargetLevelId, type ThemeId, type TrackId } from '../../core/profile.js';
import type { Content } from '../../content/index.js';
import type { Db } from '../../store/index.js';
import { RESET_CONFIRMATION } from '../data/data-transfer.js';
import { flashcardSettingsOperations, flashcardSettingsSchema, type FlashcardSettings } from '../flashcards/flashcard-settings.js';
import { testLlm } from '../coach/llm-test.js';
import type { planOperations } from '../readiness/plan.js';
import {
  levelSchema,
  SETTING_KEY_NAMES,
  SETTING_KEYS,
  SETTING_ROWS,
  settingsUpdateSchema,
  storedLlmSchema,
  themeSchema,
  trackSchema,
  type SettingKey,
  type StoredLlm,
} from './settings-schema.js';
import { writeSetting } from './setting-rows.js';
import { parseInput } from '../validate.js';

export { SETTING_KEY_NAMES, SETTING_KEYS, type SettingKey } from './settings-schema.js';

export interface LlmSettingsView {
  /** True when a URL and a model are set, here or in the environment. */
  configured: boolean;
  /** Where the model in use comes from: Settings win over TPMPREP_LLM_URL/TPMPREP_LLM_MODEL. */
  source: 'settings' | 'environment' | 'none';
  baseUrl: string | null;
  model: string | null;
  /** Never the key itself: its last four characters behind dots, or null when there is none. */
  apiKey: string | null;
  hasKey: boolean;
}

export interface SettingsView {
  theme: ThemeId;
  track: TrackId;
  level: TargetLevelId;
  /** A company-style loop id (content/loops), or null for none. */
  companyStyle: string | null;
  interviewDate: string | null;
  weeks: number | null;
  hoursPerWeek: number;
  llm: LlmSettingsView;
  flashcards: FlashcardSettings;
  /** False until the first-run questions are answered or skipped. */
  firstRunDone: boolean;
  /** `resetPhrase`: what a reset must be sent, typed by the person (POST /api/data/reset). */
  data: { folder: string | null; database: string; kind: Db['kind']; resetPhrase: string };
  /** The closed sets, with titles, that the settings page and the first-run screen offer. */
  choices: {
    themes: ReadonlyArray<{ id: string; title: string }>;
    tracks: ReadonlyArray<{ id: string; title: string }>;
    levels: ReadonlyArray<{ id: string; title: string }>;
    companyStyles: Array<{ id: string; title: string }>;
  };
}

/** Shows that a key is set without showing it. */
export function maskKey(key: string): string {
  return key.length >= 12 ? `••••${key.slice(-4)}` : '••••';
}

export interface SettingsDeps {
  db: Db;
  content: Content;
  now: () => Date;
  plan: ReturnType<typeof planOperations>;
  /** The model from the environment, used when Settings name none. */
  envLlm?: LlmConfig;
}

export function settingsOperations({ db, content, now, plan, envLlm }: SettingsDeps) {
  const flashcards = flashcardSettingsOperations(db, now);
  const companyStyles = content.loops.filter((l) => l.style === 'company-style').map((l) => ({ id: l.id, title: l.title }));

  async function readRows(): Promise<Map<string, unknown>> {
    const rows = await db.kysely.selectFrom('settings').select(['key', 'value']).where('key', 'in', Object.values(SETTING_ROWS)).execute();
    return new Map(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  }

  const writeRow = (key: string, value: unknown) => writeSetting(db, key, value, now().toISOString());

  const storedLlmOf = (rows: Map<string, unknown>): StoredLlm => {
    const parsed = storedLlmSchema.safeParse(rows.get(SETTING_ROWS.llm));
    return parsed.success ? parsed.data : { baseUrl: null, model: null, apiKey: null };
  };

  /** The model the coach uses now: the one in Settings when complete, else the environment's, else none. */
  async function llmConfig(): Promise<LlmConfig | undefined> {
    const stored = storedLlmOf(await readRows());
    if (stored.baseUrl && stored.model) return { baseUrl: stored.baseUrl, model: stored.model, ...(stored.apiKey && { apiKey: stored.apiKey }), ...(envLlm?.timeoutMs && { timeoutMs: envLlm.timeoutMs }) };
    return envLlm;
  }

  async function get(): Promise<SettingsView> {
    const rows = await readRows();
    const pick = <T>(key: string, schema: { safeParse(v: unknown): { success: boolean; data?: T } }, fallback: T): T => {
      const parsed = schema.safeParse(rows.get(key));
      return parsed.success ? (parsed.data as T) : fallback;
    };
    const stored = storedLlmOf(rows);
    const fromSettings = Boolean(stored.baseUrl && stored.model);
    const key = fromSettings ? stored.apiKey : (envLlm?.apiKey ?? stored.apiKey);
    const companyStyle = rows.get(SETTING_ROWS.companyStyle);
    const settings = await plan.settings();
    return {
      theme: pick(SETTING_ROWS.theme, themeSchema, PROFILE_DEFAULTS.theme),
      track: pick(SETTING_ROWS.track, trackSchema, PROFILE_DEFAULTS.track),
      level: pick(SETTING_ROWS.level, levelSchema, PROFILE_DEFAULTS.level),
      companyStyle: typeof companyStyle === 'string' && companyStyles.some((s) => s.id === companyStyle) ? companyStyle : null,
      interviewDate: settings.interviewDate,
      weeks: settings.weeks,
      hoursPerWeek: settings.hoursPerWeek,
      llm: {
        configured: fromSettings || envLlm !== undefined,
        source: fromSettings ? 'settings' : envLlm ? 'environment' : 'none',
        baseUrl: fromSettings ? stored.baseUrl : (envLlm?.baseUrl ?? stored.baseUrl),
        model: fromSettings ? stored.model : (envLlm?.model ?? stored.model),
        apiKey: key ? maskKey(key) : null,
        hasKey: Boolean(key),
      },
      flashcards: await flashcards.get(),
      firstRunDone: rows.get(SETTING_ROWS.firstRunDone) === true,
      data: { folder: db.kind === 'sqlite' ? path.dirname(db.location) : null, database: db.location, kind: db.kind, resetPhrase: RESET_CONFIRMATION },
      choices: { themes: THEMES, tracks: TRACKS, levels: TARGET_LEVELS, companyStyles },
    };
  }

  /** Checks every change first, then writes them: a bad value changes nothing. */
  async function update(raw: unknown): Promise<SettingsView> {
    const input = parseInput(settingsUpdateSchema, raw, 'settings');
    if (typeof input.companyStyle === 'string' && !companyStyles.some((s) => s.id === input.companyStyle)) {
      throw new InvalidInputError(`invalid settings: companyStyle: no company-style loop "${input.companyStyle}"; use one of ${companyStyles.map((s) => s.id).join(', ')}, or null for none`);
    }
    const planChanges = Object.fromEntries((['interviewDate', 'weeks', 'hoursPerWeek'] as const).filter((k) => input[k] !== undefined).map((k) => [k, input[k]]));
    const hasPlan = Object.keys(planChanges).length > 0;
    if (hasPlan) await plan.preview(planChanges);
    const cards = input.flashcards === undefined ? undefined : parseInput(flashcardSettingsSchema, input.flashcards, 'settings: flashcards');
    let llm: StoredLlm | null | undefined;
    if (input.llm === null) llm = null;
    else if (input.llm) {
      const current = storedLlmOf(await readRows());
      llm = { ...current, ...Object.fromEntries(Object.entries(input.llm).filter(([, v]) => v !== undefined)) };
    }

    for (const name of ['theme', 'track', 'level', 'companyStyle', 'firstRunDone'] as const) {
      if (input[name] !== undefined) await writeRow(SETTING_ROWS[name], input[name]);
    }
    if (llm !== undefined) await writeRow(SETTING_ROWS.llm, llm && (llm.baseUrl || llm.model || llm.apiKey) ? llm : null);
    if (hasPlan) await plan.save(planChanges);
    if (cards) await flashcards.set(cards);
    return get();
  }

  /** One setting by its CLI name (`tpmprep settings get llm.model`). */
  async function getKey(key: string): Promise<unknown> {
    const name = requireKey(key);
    const view = await get();
    const [group, field] = name.split('.') as [string, string | undefined];
    const value = (view as unknown as Record<string, unknown>)[group];
    return field === undefined ? value : (value as Record<string, unknown>)[field];
  }

  /** Sets one setting from typed text: "none" clears an optional one. */
  async function setKey(key: string, text: string): Promise<SettingsView> {
    const name = requireKey(key);
    const value = valueOf(name, text);
    const [group, field] = name.split('.') as [string, string | undefined];
    return update(field === undefined ? { [group]: value } : { [group]: { [field]: value } });
  }

  /** The settings page's Test button: the reply, or the exact failure. */
  async function testModel(raw: unknown) {
    return testLlm(raw, async () => {
      const stored = storedLlmOf(await readRows());
      return stored.baseUrl || stored.model ? { baseUrl: stored.baseUrl ?? undefined, model: stored.model ?? undefined, apiKey: stored.apiKey ?? undefined } : envLlm;
    });
  }

  /** Only the theme, read on every page load so the page is drawn in it from the first paint. */
  async function theme(): Promise<ThemeId> {
    const row = await db.kysely.selectFrom('settings').select('value').where('key', '=', SETTING_ROWS.theme).executeTakeFirst();
    const parsed = themeSchema.safeParse(row ? JSON.parse(row.value) : undefined);
    return parsed.success ? parsed.data : PROFILE_DEFAULTS.theme;
  }

  return { get, update, getKey, setKey, llmConfig, testModel, theme, flashcards };
}

function requireKey(key: string): SettingKey {
  if ((SETTING_KEY_NAMES as string[]).includes(key)) return key as SettingKey;
  throw new NotFoundError(`no setting "${key}"; the settings are: ${SETTING_KEY_NAMES.join(', ')}`);
}

function valueOf(key: SettingKey, text: string): unknown {
  const { kind } = SETTING_KEYS[key];
  const trimmed = text.trim();
  if (kind.startsWith('nullable') && (trimmed === '' || trimmed.toLowerCase() === 'none')) return null;
  if (kind === 'number' || kind === 'nullable-number') {
    const n = Number(trimmed);
    if (trimmed === '' || !Number.isFinite(n)) throw new InvalidInputError(`${key} is a number (${SETTING_KEYS[key].help}); got "${text}"`);
    return n;
  }
  if (kind === 'boolean') {
    if (trimmed !== 'true' && trimmed !== 'false') throw new InvalidInputError(`${key} is true or false; got "${text}"`);
    return trimmed === 'true';
  }
  return trimmed;
}
