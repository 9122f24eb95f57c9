import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsCalendar, studyPlanCalendar } from './ics.js';
import { packStudyPlan, type PlanCatalog } from './plan.js';
import { AREA_IDS, QUESTION_TYPE_IDS } from './taxonomy.js';

const STAMP = new Date('2026-03-01T09:30:05.123Z');

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}
interface Component {
  name: string;
  properties: Property[];
  children: Component[];
}

/** A small RFC 5545 reader: checks line endings and lengths, unfolds, and nests BEGIN/END. */
function parseIcs(text: string): Component {
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  }
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  const root: Component = { name: '', properties: [], children: [] };
  const stack = [root];
  for (const line of logical) {
    const match = /^([A-Z-]+)((?:;[A-Z-]+=[^;:]*)*):(.*)$/.exec(line);
    expect(match, `not a content line: ${line}`).not.toBeNull();
    const [, name, rawParams, value] = match as unknown as [string, string, string, string];
    const current = stack.at(-1) as Component;
    if (name === 'BEGIN') {
      const child = { name: value, properties: [], children: [] };
      current.children.push(child);
      stack.push(child);
    } else if (name === 'END') {
      expect(current.name).toBe(value);
      stack.pop();
    } else {
      const params = Object.fromEntries(rawParams.split(';').filter(Boolean).map((p) => p.split('=') as [string, string]));
      current.properties.push({ name, params, value });
    }
  }
  expect(stack).toHaveLength(1);
  expect(root.children).toHaveLength(1);
  return root.children[0] as Component;
}

const prop = (c: Component, name: string) => c.properties.find((p) => p.name === name);
const unescape = (text: string) => text.replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');

describe('escapeText and foldLine', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('folds at 75 octets with a leading space, never inside a UTF-8 character', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    expect(foldLine('x'.repeat(75 + 74 + 1))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`);
    const folded = foldLine(`SUMMARY:${'é'.repeat(60)}`).split('\r\n');
    // 8 ASCII octets + 33 two-octet characters = 74: the 34th would make 76.
    expect(folded[0]).toBe(`SUMMARY:${'é'.repeat(33)}`);
    expect(folded.map((l) => Buffer.byteLength(l, 'utf8'))).toEqual([74, 55]);
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(`SUMMARY:${'é'.repeat(60)}`);
  });
});

describe('icsCalendar', () => {
  it('writes a VCALENDAR with VERSION, PRODID and one all-day VEVENT per event', () => {
    const text = icsCalendar({
      name: 'Plan, mine',
      stamp: STAMP,
      events: [{ uid: 'a@x', date: '2026-03-31', summary: 'Study; hard', description: 'one\ntwo, three' }],
    });
    expect(text.split('\r\n').slice(0, 6)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//tpmprep//Study plan//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:Plan\\, mine']);
    const calendar = parseIcs(text);
    const [event] = calendar.children;
    expect(event?.properties).toEqual([
      { name: 'UID', params: {}, value: 'a@x' },
      { name: 'DTSTAMP', params: {}, value: '20260301T093005Z' },
      { name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20260331' },
      { name: 'DTEND', params: { VALUE: 'DATE' }, value: '20260401' },
      { name: 'SUMMARY', params: {}, value: 'Study\\; hard' },
      { name: 'DESCRIPTION', params: {}, value: 'one\\ntwo\\, three' },
      { name: 'TRANSP', params: {}, value: 'TRANSPARENT' },
    ]);
  });
});

describe('studyPlanCalendar', () => {
  const catalog: PlanCatalog = {
    questions: AREA_IDS.flatMap((area, a) =>
      Array.from({ length: 8 }, (_, i) => ({
        id: `${area}-${i}`,
        title: `A long question title about ${area}, with a comma; a semicolon and a back\\slash, number ${i}`,
        type: QUESTION_TYPE_IDS[(a + i) % 8] as string,
        difficulty: 'medium' as const,
        minutes: 10 + i,
        areas: [area],
      })),
    ),
    flashcards: { count: 10, areas: ['metrics'] },
    mockStages: [{ id: 'final-round', title: 'Final round' }],
  };

  it('has one all-day event per study day with its items in the description, stable UIDs and valid lines', () => {
    const plan = packStudyPlan({ start: '2026-03-02', weeks: 3, hoursPerWeek: 6 }, catalog, []);
    const calendar = parseIcs(studyPlanCalendar(plan, STAMP));
    expect(calendar.name).toBe('VCALENDAR');
    expect(prop(calendar, 'VERSION')?.value).toBe('2.0');
    expect(prop(calendar, 'PRODID')?.value).toBe('-//tpmprep//Study plan//EN');
    const studyDays = plan.days.filter((d) => d.items.length > 0);
    expect(studyDays).toHaveLength(18);
    expect(calendar.children.map((c) => c.name)).toEqual(studyDays.map(() => 'VEVENT'));
    calendar.children.forEach((event, i) => {
      const day = studyDays[i];
      if (!day) throw new Error('more events than days');
      const compact = day.date.replace(/-/g, '');
      expect(prop(event, 'UID')?.value).toBe(`tpmprep-plan-${compact}@tpmprep`);
      expect(prop(event, 'DTSTART')).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: compact });
      expect(prop(event, 'DTSTAMP')?.value).toBe('20260301T093005Z');
      const description = unescape(prop(event, 'DESCRIPTION')?.value ?? '');
      expect(description.split('\n')).toEqual([`Week ${day.week} of 3, ${day.minutes} minutes:`, ...day.items.map((item) => `- ${item.title} (${item.minutes} min)`)]);
      expect(unescape(prop(event, 'SUMMARY')?.value ?? '')).toMatch(new RegExp(`^tpmprep: .+ \\(${day.minutes} min\\)$`));
    });
    const mockDay = studyDays.findIndex((d) => d.items.some((item) => item.kind === 'mock'));
    expect(unescape(prop(calendar.children[mockDay] as Component, 'SUMMARY')?.value ?? '')).toMatch(/^tpmprep: Mock interview: Final round(, \d+ practice items?)? \(\d+ min\)$/);

    // A re-plan (other readiness, other items) keeps each day's UID, so a calendar updates rather than doubles.
    const replanned = packStudyPlan({ start: '2026-03-02', weeks: 3, hoursPerWeek: 6 }, catalog, [{ id: 'metrics', score: 0 }]);
    const again = parseIcs(studyPlanCalendar(replanned, new Date('2026-03-09T10:00:00Z')));
    expect(again.children.map((e) => prop(e, 'UID')?.value)).toEqual(calendar.children.map((e) => prop(e, 'UID')?.value));
    expect(again.children.map((e) => prop(e, 'DESCRIPTION')?.value)).not.toEqual(calendar.children.map((e) => prop(e, 'DESCRIPTION')?.value));
  });
});
