import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeMirrorKey, pressed, shortcutText, SHORTCUT_PLACES, SHORTCUTS } from './shortcuts.js';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
  key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods,
});

describe('the shortcut table', () => {
  it('matches Ctrl or Cmd as the modifier, never Alt, and Shift only where it says', () => {
    expect(pressed(key('k', { ctrlKey: true }), 'openSearch')).toBe(true);
    expect(pressed(key('K', { metaKey: true, shiftKey: true }), 'openSearch')).toBe(true);
    expect(pressed(key('k'), 'openSearch')).toBe(false);
    expect(pressed(key('k', { ctrlKey: true, altKey: true }), 'openSearch')).toBe(false);
    expect(pressed(key('?', { shiftKey: true }), 'showShortcuts')).toBe(true);
    expect(pressed(key('?', { ctrlKey: true, shiftKey: true }), 'showShortcuts')).toBe(false);
    expect(pressed(key('Enter', { ctrlKey: true }), 'runExamples')).toBe(true);
    expect(pressed(key('Enter', { ctrlKey: true, shiftKey: true }), 'runExamples')).toBe(false);
    expect(pressed(key('Enter', { ctrlKey: true, shiftKey: true }), 'submitCode')).toBe(true);
    expect(pressed(key(' '), 'revealCard')).toBe(true);
    expect(['1', '2', '3', '4', '5'].map((k) => pressed(key(k), 'rateCard'))).toEqual([true, true, true, true, false]);
  });

  it('gives the code editor and the hints the same keys', () => {
    expect([codeMirrorKey('runExamples'), codeMirrorKey('submitCode')]).toEqual(['Mod-Enter', 'Mod-Shift-Enter']);
    expect([shortcutText('openSearch'), shortcutText('submitCode'), shortcutText('revealCard')]).toEqual(['Ctrl+K', 'Ctrl+Shift+Enter', 'Space or Enter']);
  });

  it('files every shortcut under a place the list shows', () => {
    const places = new Set(Object.values(SHORTCUTS).map((s) => s.where));
    expect([...places]).toEqual([...SHORTCUT_PLACES]);
  });

  // The `?` list shows the table, so a key handled anywhere else would be missing from it.
  it('is the only place in the web app that names a key', () => {
    const root = path.resolve(import.meta.dirname, '..');
    const files = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts') && f !== path.join('lib', 'shortcuts.ts'));
    const raw = /\b(?:event|e|ev|evt)\.(?:key|code)\s*[!=]==|\bctrlKey\b|\bmetaKey\b|\bkey:\s*['"](Mod|Ctrl|Cmd|Meta)-/;
    const offenders = files.filter((f) => raw.test(fs.readFileSync(path.join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
