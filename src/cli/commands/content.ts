import type { Command } from 'commander';
import { action, bold, dim, printJson, table } from '../output.js';

export function registerContent(program: Command): void {
  const content = program.command('content').description('check the content files and show how the bank covers the curriculum');
  content
    .command('check')
    .description('validate every content file; lists each problem as path:line: message')
    .option('--json', 'print one JSON document')
    .action(
      action(async (options: { json?: boolean }) => {
        const { checkAllContent } = await import('../../app/content/content-check.js');
        const { content: loaded, problems } = checkAllContent();
        if (options.json) {
          printJson({ ok: problems.length === 0, problems });
        } else if (problems.length > 0) {
          for (const p of problems) process.stderr.write(`${p.path}:${p.line}: ${p.message}\n`);
          process.stderr.write(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} found; fix them and run \`tpmprep content check\` again.\n`);
        } else if (loaded) {
          console.log(`content ok: ${loaded.questions.length} questions, ${loaded.flashcards.length} flashcards, ${loaded.guide.checklist.length} checklist items`);
        }
        if (problems.length > 0) process.exitCode = 4;
      }),
    );
  content
    .command('stats')
    .description('print the coverage matrix of the question bank against its floors')
    .option('--json', 'print one JSON document')
    .action(
      action(async (options: { json?: boolean }) => {
        const { openContent } = await import('../../app/open.js');
        const { coverageOf } = await import('../../content/stats.js');
        const { QUESTION_TYPES, TRACKS } = await import('../../core/taxonomy.js');
        const loaded = openContent();
        const coverage = coverageOf(loaded.questions, loaded.flashcards);
        if (options.json) return printJson(coverage);
        const short = ['behav', 'program', 'product', 'tech', 'design', 'metrics', 'estim', 'strategy', 'deep', 'partner'];
        const header = ['', ...QUESTION_TYPES.map((t, i) => short[i] ?? t.id), '|', ...TRACKS.map((t) => `${t.id}-trk`), 'total', 'floor', ''];
        let lastDimension = '';
        const rows: string[][] = [header];
        for (const row of coverage.rows) {
          if (row.dimension !== lastDimension) rows.push([bold(row.dimension === 'competency' ? 'program competencies (program track)' : `${row.dimension}s`)]);
          lastDimension = row.dimension;
          rows.push([
            `  ${row.id}`,
            ...QUESTION_TYPES.map((t) => String(row.byType[t.id] ?? 0)),
            '|',
            ...TRACKS.map((t) => String(row.byTrack[t.id] ?? 0)),
            String(row.total),
            String(row.floor),
            row.ok ? 'ok' : 'BELOW FLOOR',
          ]);
        }
        console.log(table(rows));
        console.log(dim(`\n${coverage.questions} questions, ${coverage.flashcards} flashcards`));
        if (coverage.shortfalls.length > 0) {
          for (const s of coverage.shortfalls) process.stderr.write(`below floor: ${s}\n`);
          process.exitCode = 4;
        }
      }),
    );
}
