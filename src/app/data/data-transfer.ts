import { sql } from 'kysely';
import { z } from 'zod';
import { ConflictError, InvalidInputError } from '../../core/errors.js';
import { writeTransaction, type Db } from '../../store/index.js';
import {
  EXPORT_FORMAT,
  EXPORT_ORDER,
  EXPORT_TABLE_NAMES,
  EXPORT_VERSION,
  exportDocumentSchema,
  exportHeaderSchema,
  type ExportDocument,
  type ExportTable,
} from './export-format.js';
import type { AudioStore } from '../speech/audio-store.js';
import { parseInput } from '../validate.js';
import { packageVersion } from '../version.js';

/** Rows per INSERT: well under SQLite's limit on bound parameters for the widest table. */
const INSERT_BATCH_ROWS = 200;

/** What a reset must be sent, typed by the person: a reset cannot be undone except from a backup. */
export const RESET_CONFIRMATION = 'delete all my data';

export const resetSchema = z.strictObject({
  confirm: z.literal(RESET_CONFIRMATION, { error: `to delete everything, send confirm: "${RESET_CONFIRMATION}" exactly` }),
});

export interface ResetResult {
  /** Rows deleted per table. */
  deleted: Record<ExportTable, number>;
  /** The backup taken just before (SQLite), from which `tpmprep restore` brings everything back. */
  backup: string | null;
}

export interface ImportResult {
  imported: Record<ExportTable, number>;
  replaced: boolean;
  /** Recordings written to the data folder's audio/. */
  recordings: number;
}

/** The person's data out as one JSON document, and back in, all or nothing. */
export function dataTransferOperations({ db, now, backup, audio }: { db: Db; now: () => Date; backup?: () => Promise<{ file: string }>; audio?: AudioStore }) {
  // The table names come from a fixed list, never from input; Kysely cannot type a name chosen at run time.
  const table = (name: ExportTable) => name as 'checklist';

  async function exportAll(): Promise<ExportDocument> {
    const tables = {} as Record<ExportTable, unknown[]>;
    for (const name of EXPORT_TABLE_NAMES) {
      tables[name] = await db.kysely.selectFrom(table(name)).selectAll().orderBy(sql.ref(EXPORT_ORDER[name])).execute();
    }
    // Recordings go in as base64, so one document still holds everything.
    const recordings: Record<string, string> = {};
    for (const row of [...tables.attempt_audio, ...tables.mock_audio] as Array<{ file: string }>) {
      if (audio?.exists(row.file)) recordings[row.file] = audio.read(row.file).toString('base64');
    }
    return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now().toISOString(), appVersion: packageVersion(), tables, audio: recordings } as ExportDocument;
  }

  async function importAll(raw: unknown, options: { replace?: boolean } = {}): Promise<ImportResult> {
    const header = parseInput(exportHeaderSchema, raw, 'export document');
    if (header.version > EXPORT_VERSION) {
      throw new InvalidInputError(
        `this export has format version ${header.version}, made by a newer tpmprep; this version reads format ${EXPORT_VERSION}. Update tpmprep, then import it again`,
      );
    }
    const document = parseInput(exportDocumentSchema, raw, 'export document');
    for (const name of ['attempt_audio', 'mock_audio'] as const) {
      const missing = document.tables[name].filter((row) => document.audio[row.file] === undefined).map((row) => row.file);
      if (missing.length > 0) throw new InvalidInputError(`invalid export document: audio: no recording for ${missing.join(', ')}, which tables.${name} lists`);
    }
    const imported = {} as Record<ExportTable, number>;
    await writeTransaction(db, async (trx) => {
      if (!options.replace) {
        const present: string[] = [];
        for (const name of EXPORT_TABLE_NAMES) {
          const { n } = await trx.selectFrom(table(name)).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
          if (Number(n) > 0) present.push(`${Number(n)} ${name}`);
        }
        if (present.length > 0) {
          throw new ConflictError(`the database already holds data (${present.join(', ')}); import into an empty data folder, or replace everything with --replace (take a backup first: tpmprep backup)`);
        }
      }
      for (const name of [...EXPORT_TABLE_NAMES].reverse()) await trx.deleteFrom(table(name)).execute();
      for (const name of EXPORT_TABLE_NAMES) {
        const rows = document.tables[name] as Array<Record<string, unknown>>;
        for (let i = 0; i < rows.length; i += INSERT_BATCH_ROWS) {
          await trx.insertInto(table(name)).values(rows.slice(i, i + INSERT_BATCH_ROWS) as never).execute().catch((error: unknown) => {
            throw brokenReference(name, error);
          });
        }
        imported[name] = rows.length;
      }
      if (db.kind === 'postgres') {
        // Rows came in with their ids; the next id a table hands out must follow the largest.
        for (const name of EXPORT_TABLE_NAMES.filter((n) => EXPORT_ORDER[n] === 'id')) {
          const qualified = db.schema ? `${db.schema}.${name}` : name;
          await sql`select setval(pg_get_serial_sequence(${qualified}, 'id'), coalesce((select max(id) from ${sql.table(qualified)}), 0) + 1, false)`.execute(trx);
        }
      }
    });
    // The rows are in; now the files. A replaced history's recordings go with it.
    if (audio) {
      const keep = new Set(Object.keys(document.audio));
      if (options.replace) for (const name of audio.list()) if (!keep.has(name)) audio.remove(name);
      for (const [name, base64] of Object.entries(document.audio)) audio.write(name, Buffer.from(base64, 'base64'));
    }
    return { imported, replaced: options.replace ?? false, recordings: audio ? Object.keys(document.audio).length : 0 };
  }

  /** Deletes every answer, submission, review, plan, mock, story and setting, after a backup; needs the confirmation phrase. */
  async function reset(raw: unknown): Promise<ResetResult> {
    parseInput(resetSchema, raw ?? {}, 'reset');
    const saved = db.backup && backup ? (await backup()).file : null;
    const deleted = {} as Record<ExportTable, number>;
    await writeTransaction(db, async (trx) => {
      for (const name of [...EXPORT_TABLE_NAMES].reverse()) {
        const result = await trx.deleteFrom(table(name)).executeTakeFirst();
        deleted[name] = Number(result.numDeletedRows);
      }
    });
    return { deleted, backup: saved };
  }

  return { export: exportAll, import: importAll, reset };
}

/** A row that repeats an id, or links to a row that is not in the document. */
function brokenReference(name: string, error: unknown): Error {
  const code = (error as { code?: string }).code ?? '';
  // SQLite's constraint codes, or PostgreSQL's class 23 (integrity constraint violation).
  if (!code.startsWith('SQLITE_CONSTRAINT') && !/^23\d{3}$/.test(code)) return error as Error;
  return new InvalidInputError(`invalid export document: tables.${name}: ${(error as Error).message.toLowerCase()} (a repeated id, or a link to a row the document does not hold)`);
}
