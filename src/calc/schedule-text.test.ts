import { describe, expect, it } from 'vitest';
import { detectFormat, parseCsvRows, parseScheduleText } from './schedule-text.js';

const YAML = `# a launch plan
start: 2025-03-03
tasks:
  - id: design
    name: Technical design
    duration: 5
  - id: vendor
    name: Vendor integration
    estimate: [5, 10, 21]
    depends: [design]
  - id: launch
    estimate: { optimistic: 1, likely: 1, pessimistic: 4 }
    depends: design vendor
`;

describe('schedule text', () => {
  it('reads YAML tasks with names, durations, estimates, dependencies and their lines', () => {
    const parsed = parseScheduleText(YAML);
    expect(parsed.format).toBe('yaml');
    expect(parsed.start).toBe('2025-03-03');
    expect(parsed.tasks).toEqual([
      { id: 'design', name: 'Technical design', duration: 5, depends: [], line: 4 },
      { id: 'vendor', name: 'Vendor integration', duration: 11, estimate: { optimistic: 5, likely: 10, pessimistic: 21 }, depends: ['design'], line: 7 },
      { id: 'launch', name: 'launch', duration: 1.5, estimate: { optimistic: 1, likely: 1, pessimistic: 4 }, depends: ['design', 'vendor'], line: 11 },
    ]);
  });

  it('reads a bare YAML list too', () => {
    expect(parseScheduleText('- {id: 1, duration: 2}\n- {id: 2, duration: 3, depends: 1}').tasks.map((t) => [t.id, t.depends])).toEqual([['1', []], ['2', ['1']]]);
  });

  it('reads CSV with id,name,duration,depends; depends split by ";" or spaces; quoted names', () => {
    const csv = 'id,name,duration,depends\ndesign,"Design, API",5,\nbuild,Build,10,design\nvendor,Vendor,8,design\nlaunch,"Launch ""v1""",1,build;vendor\n';
    expect(detectFormat(csv)).toBe('csv');
    const parsed = parseScheduleText(csv);
    expect(parsed.tasks.map((t) => [t.id, t.name, t.duration, t.depends, t.line])).toEqual([
      ['design', 'Design, API', 5, [], 2],
      ['build', 'Build', 10, ['design'], 3],
      ['vendor', 'Vendor', 8, ['design'], 4],
      ['launch', 'Launch "v1"', 1, ['build', 'vendor'], 5],
    ]);
    const spaced = parseScheduleText('id,name,duration,depends\na,A,1,\nb,B,2,\nc,C,3,a b\n');
    expect(spaced.tasks[2]?.depends).toEqual(['a', 'b']);
  });

  it('reads CSV three-point estimates', () => {
    const parsed = parseScheduleText('id,name,duration,depends,optimistic,likely,pessimistic\na,A,,,2,4,12\nb,B,3,a,,,\n');
    expect(parsed.tasks.map((t) => [t.id, t.duration, t.estimate])).toEqual([['a', 5, { optimistic: 2, likely: 4, pessimistic: 12 }], ['b', 3, undefined]]);
  });

  it('splits CSV rows per RFC 4180, counting lines inside quotes', () => {
    expect(parseCsvRows('a,"x\ny",c\r\nd,e,f')).toEqual([{ cells: ['a', 'x\ny', 'c'], line: 1 }, { cells: ['d', 'e', 'f'], line: 3 }]);
  });

  it('reports every bad task with its line', () => {
    expect(() => parseScheduleText('- id: design\n  duration: five\n- id: build\n  duration: 3\n  estimate: [1, 2, 3]\n- id: qa\n  estimate: [5, 2, 3]')).toThrow(
      'the schedule has 3 problems:\nline 1: task "design": duration must be a number of days\nline 3: task "build": give either a duration or an estimate [optimistic, likely, pessimistic], not both and not neither\nline 6: task "qa": an estimate runs optimistic ≤ likely ≤ pessimistic',
    );
    expect(() => parseScheduleText('id,name,duration,depends\nbad id,X,1,\n')).toThrow('the schedule has a problem:\nline 2: task "bad id": a task id uses letters, digits, "_", "-", "." or "/", with no spaces');
    expect(() => parseScheduleText('id,title,days\na,A,1\n')).toThrow('line 1: the header must name the columns id,name,duration,depends (and optionally optimistic,likely,pessimistic); unknown: title, days');
  });

  it('reports YAML syntax and shape errors with lines', () => {
    expect(() => parseScheduleText('tasks:\n  - id: a\n    duration: [1, 2\n')).toThrow(/^the schedule has (a problem|\d+ problems):\nline \d: YAML: /);
    expect(() => parseScheduleText('tasks: 3')).toThrow('line 1: expected a list of tasks (or a "tasks:" key holding one), each with an id, a duration or estimate, and depends');
    expect(() => parseScheduleText('task:\n  - id: a\n')).toThrow('line 1: unknown key "task"; a schedule file has tasks, start, calendar, deadline');
    expect(() => parseScheduleText('tasks: []')).toThrow('the schedule has a problem:\nit has no tasks; give at least one');
  });

  it('enforces the task and size limits by name', () => {
    const many = Array.from({ length: 501 }, (_, i) => `- {id: t${i}, duration: 1}`).join('\n');
    expect(() => parseScheduleText(many)).toThrow('it has 501 tasks: at most 500 tasks (limit maxTasks)');
    expect(() => parseScheduleText(`# ${'x'.repeat(200_001)}`)).toThrow('the text is too long: at most 200,000 characters (limit maxScheduleChars)');
    expect(() => parseScheduleText('- {id: a, duration: 20000}')).toThrow('line 1: task "a": duration must be at most 10,000 days (limit maxTaskDays)');
  });
});
