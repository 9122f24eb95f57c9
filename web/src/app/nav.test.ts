import { describe, expect, it } from 'vitest';
import { SECTIONS, sectionOf } from './nav.js';

describe('sectionOf', () => {
  it('marks the longest section a path falls under, and none on the welcome', () => {
    expect(sectionOf('/')).toBe('/');
    expect(sectionOf('/mock')).toBe('/mock');
    expect(sectionOf('/mock/12')).toBe('/mock');
    expect(sectionOf('/mock/stories')).toBe('/mock/stories');
    expect(sectionOf('/mock/stories/3/drill')).toBe('/mock/stories');
    expect(sectionOf('/settings')).toBe('/settings');
    expect(sectionOf('/welcome')).toBeUndefined();
    expect(sectionOf('/mockery')).toBe('/');
  });

  it('lists Stories and Settings in the sidebar', () => {
    expect(SECTIONS.map((s) => s.label)).toEqual(['Dashboard', 'Practice', 'Mock interview', 'Stories', 'Code', 'Toolkit', 'Flashcards', 'Plan', 'Guide', 'Settings']);
  });
});
