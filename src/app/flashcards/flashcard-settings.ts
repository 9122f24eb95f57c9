import { z } from 'zod';
import { NEW_CARDS_PER_DAY } from '../../core/review-queue.js';
import { DESIRED_RETENTION } from '../../core/scheduler.js';
import type { Db } from '../../store/index.js';
import { writeSetting } from '../settings/setting-rows.js';
import { parseInput } from '../validate.js';

export interface FlashcardSettings {
  /** The share of cards you want to still recall when they come due: higher means shorter intervals. */
  desiredRetention: number;
  /** How many cards you see for the first time each day. */
  newCardsPerDay: number;
}

export const FLASHCARD_SETTING_DEFAULTS: FlashcardSettings = {
  desiredRetention: DESIRED_RETENTION.default,
  newCardsPerDay: NEW_CARDS_PER_DAY.default,
};

const KEYS: Record<keyof FlashcardSettings, string> = {
  desiredRetention: 'flashcards.desired_retention',
  newCardsPerDay: 'flashcards.new_cards_per_day',
};

const retention = z
  .number()
  .min(DESIRED_RETENTION.min, `desired retention is at least ${DESIRED_RETENTION.min} (70% of cards recalled when due)`)
  .max(DESIRED_RETENTION.max, `desired retention is at most ${DESIRED_RETENTION.max}; above that reviews pile up for little gain`);
const newPerDay = z
  .number()
  .int('new cards per day is a whole number')
  .min(NEW_CARDS_PER_DAY.min, `new cards per day is at least ${NEW_CARDS_PER_DAY.min}`)
  .max(NEW_CARDS_PER_DAY.max, `new cards per day is limited to ${NEW_CARDS_PER_DAY.max}`);

export const flashcardSettingsSchema = z
  .strictObject({ desiredRetention: retention.optional(), newCardsPerDay: newPerDay.optional() })
  .refine((s) => s.desiredRetention !== undefined || s.newCardsPerDay !== undefined, 'give desiredRetention, newCardsPerDay or both');

const stored = { desiredRetention: retention, newCardsPerDay: newPerDay };

export function flashcardSettingsOperations(db: Db, now: () => Date) {
  /** The saved settings, each falling back to its default when unset or no longer valid. */
  async function get(): Promise<FlashcardSettings> {
    const rows = await db.kysely.selectFrom('settings').selectAll().where('key', 'in', Object.values(KEYS)).execute();
    const settings = { ...FLASHCARD_SETTING_DEFAULTS };
    for (const name of Object.keys(KEYS) as Array<keyof FlashcardSettings>) {
      const row = rows.find((r) => r.key === KEYS[name]);
      const parsed = row ? stored[name].safeParse(JSON.parse(row.value)) : undefined;
      if (parsed?.success) settings[name] = parsed.data;
    }
    return settings;
  }

  async function set(raw: unknown): Promise<FlashcardSettings> {
    const input = parseInput(flashcardSettingsSchema, raw, 'flashcard settings');
    const at = now().toISOString();
    for (const name of Object.keys(KEYS) as Array<keyof FlashcardSettings>) {
      const value = input[name];
      if (value === undefined) continue;
      await writeSetting(db, KEYS[name], value, at);
    }
    return get();
  }

  return { get, set };
}
