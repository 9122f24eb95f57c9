import { InvalidInputError } from '../../core/errors.js';
import { TARGET_LEVEL_IDS, TRACK_IDS, type TargetLevelId, type TrackId } from '../../core/profile.js';
import type { Db } from '../../store/index.js';
import { SETTING_ROWS } from './settings-schema.js';

/**
 * Where the track and level in force come from, decided once for every surface (questions, progress,
 * plan, mock loops, drills, the coach): a request that names one wins (`all` asks for every track);
 * otherwise the person's stored setting; with nothing stored, every track and no target level.
 */
export type TrackFrom = 'request' | 'settings' | 'none';

export interface TrackInForce {
  /** The track a list or a reading is for, or null for every track. */
  track: TrackId | null;
  /** Why: the request named it, the stored setting chose it, or nothing did. */
  trackFrom: TrackFrom;
}

/** What a request may say about the track: one of the tracks, `all`, or nothing. */
export const TRACK_CHOICES = [...TRACK_IDS, 'all'] as const;

export function profileDefaults(db: Db) {
  async function storedValue(key: string): Promise<unknown> {
    const row = await db.kysely.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
    return row ? (JSON.parse(row.value) as unknown) : undefined;
  }

  async function storedTrack(): Promise<TrackId | null> {
    const value = await storedValue(SETTING_ROWS.track);
    return (TRACK_IDS as readonly unknown[]).includes(value) ? (value as TrackId) : null;
  }

  async function storedLevel(): Promise<TargetLevelId | null> {
    const value = await storedValue(SETTING_ROWS.level);
    return (TARGET_LEVEL_IDS as readonly unknown[]).includes(value) ? (value as TargetLevelId) : null;
  }

  /** The track in force for a request that may name one (`?track=`, `--track`). */
  async function track(requested: unknown): Promise<TrackInForce> {
    if (requested === undefined || requested === null || requested === '') {
      const stored = await storedTrack();
      return { track: stored, trackFrom: stored ? 'settings' : 'none' };
    }
    if (requested === 'all') return { track: null, trackFrom: 'request' };
    if (typeof requested === 'string' && (TRACK_IDS as readonly string[]).includes(requested)) return { track: requested as TrackId, trackFrom: 'request' };
    throw new InvalidInputError(`track is one of ${TRACK_CHOICES.join(', ')} (all: every track); got "${String(requested)}"`);
  }

  /** The level a story is read against: the one asked for, else the stored target level, else none. */
  async function level(requested: TargetLevelId | undefined): Promise<TargetLevelId | undefined> {
    return requested ?? (await storedLevel()) ?? undefined;
  }

  /** A request body with `targetLevel` filled from the stored level when it names none. */
  async function withLevel(raw: unknown): Promise<unknown> {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { targetLevel?: unknown }).targetLevel !== undefined) return raw;
    const stored = await storedLevel();
    return stored ? { ...raw, targetLevel: stored } : raw;
  }

  return { track, level, withLevel, storedTrack, storedLevel };
}

export type ProfileDefaults = ReturnType<typeof profileDefaults>;
