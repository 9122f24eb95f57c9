import { addDays, compactDate } from './calendar-date.js';
import type { StudyPlan } from './plan.js';

/**
 * iCalendar (RFC 5545) for the study plan: one all-day event per study day, which Google Calendar,
 * Apple Calendar and Outlook import. Lines end in CRLF and are folded at 75 octets; text is escaped.
 * UIDs depend only on the date, so importing a re-planned file updates the days instead of doubling them.
 */

export const ICS_MEDIA_TYPE = 'text/calendar; charset=utf-8';
export const ICS_PRODID = '-//tpmprep//Study plan//EN';
const MAX_OCTETS = 75;

export interface AllDayEvent {
  uid: string;
  date: string;
  summary: string;
  description: string;
}

/** Escapes TEXT values: backslash, semicolon, comma and newlines (RFC 5545 3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Splits a content line into lines of at most 75 octets, never inside a UTF-8 character (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char);
    // Continuation lines start with a space, which counts toward their 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utf8Octets(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

function utcStamp(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

export function icsCalendar(options: { name: string; events: readonly AllDayEvent[]; stamp: Date }): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${ICS_PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(options.name)}`];
  for (const event of options.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${utcStamp(options.stamp)}`,
      `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
      `DTEND;VALUE=DATE:${compactDate(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** The plan's study days as calendar events: the summary counts the work, the description lists it. */
export function studyPlanCalendar(plan: StudyPlan, stamp: Date): string {
  const events = plan.days
    .filter((day) => day.items.length > 0)
    .map((day) => {
      const practice = day.items.filter((i) => i.kind === 'question' || i.kind === 'problem').length;
      const mock = day.items.find((i) => i.kind === 'mock');
      const parts = [mock ? mock.title : null, practice > 0 ? `${practice} practice item${practice === 1 ? '' : 's'}` : null, mock || practice ? null : 'flashcards'];
      return {
        uid: `tpmprep-plan-${compactDate(day.date)}@tpmprep`,
        date: day.date,
        summary: `tpmprep: ${parts.filter(Boolean).join(', ')} (${day.minutes} min)`,
        description: [`Week ${day.week} of ${plan.weeks}, ${day.minutes} minutes:`, ...day.items.map((i) => `- ${i.title} (${i.minutes} min)`)].join('\n'),
      };
    });
  return icsCalendar({ name: 'tpmprep study plan', events, stamp });
}
