import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { ExerciseView } from '../app/exercises/exercises.js';
import { InvalidInputError } from '../core/errors.js';

/**
 * The answer file `tpmprep exercises submit <id> --file` reads: YAML or JSON with the same shape as the
 * API body. `exercises show` prints a template per exercise.
 */

const comment = (text: string, indent = '') => text.split('\n').map((line) => `${indent}# ${line}`).join('\n');
const yamlKey = (id: string) => (/^[a-z0-9-]+$/.test(id) ? id : JSON.stringify(id));

/** A ready-to-fill answer file for the exercise, with each prompt as a comment. */
export function answerTemplate(view: ExerciseView): string {
  const head = `# Answer file for: tpmprep exercises submit ${view.id} --file <this file>\n# YAML (or the same shape in JSON). seconds is optional: how long you spent.\nseconds: 0\n`;
  if (view.kind === 'design') {
    const sections = view.sections.map((s) => `${comment(`${s.title}: ${s.prompt}`, '  ')}\n  ${s.id}: |\n    `).join('\n');
    return `${head}# Write each section as you would say it; leave a section empty to skip it.\nsections:\n${sections}\n`;
  }
  if (view.kind === 'case') {
    const answers = view.questions
      .map((q) => (q.kind === 'numeric' ? `${comment(`${q.prompt} (a number, ${q.unit})`, '  ')}\n  ${yamlKey(q.id)}: ` : `${comment(q.prompt, '  ')}\n  ${yamlKey(q.id)}: |\n    `))
      .join('\n');
    return `${head}# Numeric answers are numbers (31.9, -32.95); open answers are text.\nanswers:\n${answers}\n`;
  }
  const tasks = view.tasks.map((t) => `  - { id: ${t.id}, name: ${JSON.stringify(t.name)}, duration: ${t.duration}, depends: [] }`).join('\n');
  return `${head}# The risk register: likelihood and impact are low, medium or high; every risk needs an owner and a mitigation.
risks:
  - risk: ""
    likelihood: medium
    impact: high
    owner: ""
    mitigation: ""
# The dependency plan in working days: fill in depends with task ids; change durations or add tasks if you need to.
tasks:
${tasks}
# Anything else you would say: options, escalation, communication.
notes: |
  
`;
}

/** Reads an answer file as YAML or JSON (by extension; JSON is also valid YAML). */
export function readAnswerFile(file: string): unknown {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    throw new InvalidInputError(`no file at ${file}; give the path of your answer file (run \`tpmprep exercises show <id>\` for its format)`);
  }
  const text = fs.readFileSync(file, 'utf8');
  if (path.extname(file).toLowerCase() === '.json') {
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new InvalidInputError(`${file} is not valid JSON: ${(error as Error).message}`);
    }
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    throw new InvalidInputError(`${file}:${lineCounter.linePos(first.pos[0]).line}: not valid YAML: ${first.message.split('\n')[0]}`);
  }
  const data = doc.toJS() as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InvalidInputError(`${file} must hold a mapping (sections:, answers: or risks: and tasks:); run \`tpmprep exercises show <id>\` for the format`);
  }
  return data;
}
