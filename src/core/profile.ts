/**
 * Who is preparing and how the app looks to them: closed sets with their titles, defined once
 * (settings, first run, the web's choices).
 */

export const THEMES = [
  { id: 'system', title: 'Follow the system' },
  { id: 'light', title: 'Light' },
  { id: 'dark', title: 'Dark' },
] as const;
export type ThemeId = (typeof THEMES)[number]['id'];
export const THEME_IDS = THEMES.map((t) => t.id) as [ThemeId, ...ThemeId[]];

export const TRACKS = [
  { id: 'product', title: 'Technical Product Manager' },
  { id: 'program', title: 'Technical Program Manager' },
] as const;
export type TrackId = (typeof TRACKS)[number]['id'];
export const TRACK_IDS = TRACKS.map((t) => t.id) as [TrackId, ...TrackId[]];

export const TARGET_LEVELS = [
  { id: 'mid', title: 'Mid-level' },
  { id: 'senior', title: 'Senior' },
  { id: 'staff', title: 'Staff or principal' },
] as const;
export type TargetLevelId = (typeof TARGET_LEVELS)[number]['id'];
export const TARGET_LEVEL_IDS = TARGET_LEVELS.map((l) => l.id) as [TargetLevelId, ...TargetLevelId[]];

export const PROFILE_DEFAULTS = { theme: 'system', track: 'product', level: 'senior' } as const satisfies {
  theme: ThemeId;
  track: TrackId;
  level: TargetLevelId;
};
