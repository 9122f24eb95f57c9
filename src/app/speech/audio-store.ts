import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { InvalidInputError, NotFoundError } from '../../core/errors.js';
import type { Db } from '../../store/index.js';
import { dataHome } from '../settings/config.js';

/** The audio types a recording may be sent as, and the file extension each is kept under. */
export const AUDIO_TYPES: Record<string, string> = {
  'audio/webm': 'webm',
  'audio/ogg': 'ogg',
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/wave': 'wav',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/flac': 'flac',
};
const TYPE_OF_EXTENSION: Record<string, string> = { webm: 'audio/webm', ogg: 'audio/ogg', wav: 'audio/wav', mp3: 'audio/mpeg', m4a: 'audio/mp4', flac: 'audio/flac' };

/** A pending recording is claimed by an attempt within this time, or removed. */
export const PENDING_KEEP_MS = 24 * 60 * 60 * 1000;
const PENDING_ID = /^[0-9a-f-]{36}$/;

/**
 * A kept recording is attempt-<id>, or mock-<mock id>-<item key with dashes> with "-follow-up" for the
 * answer to a follow-up, then its extension.
 */
const KEPT_STEM = /^(?:attempt-\d+|mock-\d+(?:-\d+)+(?:-follow-up)?)$/;
export const KEPT_FILE = /^(?:attempt-\d+|mock-\d+(?:-\d+)+(?:-follow-up)?)\.(?:webm|ogg|wav|mp3|m4a|flac)$/;

export const attemptRecordingStem = (attemptId: number) => `attempt-${attemptId}`;
/** Item keys are "<stage>.<item>" numbers, with "-follow-up" for a follow-up answer's recording. */
export const mockRecordingStem = (mockId: number, itemKey: string) => `mock-${mockId}-${itemKey.replace(/\./g, '-')}`;

export function audioTypeOf(mime: string | undefined): { mime: string; extension: string } | undefined {
  const base = (mime ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const extension = AUDIO_TYPES[base];
  return extension ? { mime: base, extension } : undefined;
}

export function audioTypeOfFile(file: string): { mime: string; extension: string } | undefined {
  const extension = path.extname(file).slice(1).toLowerCase();
  const mime = TYPE_OF_EXTENSION[extension === 'oga' || extension === 'opus' ? 'ogg' : extension];
  return mime ? audioTypeOf(mime) : undefined;
}

/** Where recordings live: beside the SQLite database, else in the data folder. */
export function audioFolderFor(db: Db): string {
  return db.kind === 'sqlite' ? path.join(path.dirname(db.location), 'audio') : path.join(dataHome(), 'audio');
}

/**
 * Recordings as files: audio/attempt-<id>.<ext> once saved with an attempt, audio/pending/<uuid>.<ext>
 * (with a .json of what was heard) between transcription and saving.
 */
export function audioStore(folder: string) {
  const pendingFolder = path.join(folder, 'pending');

  function removeStalePending(now: number): void {
    if (!fs.existsSync(pendingFolder)) return;
    for (const name of fs.readdirSync(pendingFolder)) {
      const file = path.join(pendingFolder, name);
      if (now - fs.statSync(file).mtimeMs > PENDING_KEEP_MS) fs.rmSync(file, { force: true });
    }
  }

  /** Keeps an uploaded or given recording until an attempt claims it. */
  function addPending(bytes: Buffer, extension: string, now = Date.now()): { id: string; file: string } {
    fs.mkdirSync(pendingFolder, { recursive: true });
    removeStalePending(now);
    const id = randomUUID();
    const file = path.join(pendingFolder, `${id}.${extension}`);
    fs.writeFileSync(file, bytes);
    return { id, file };
  }

  function writePendingInfo(id: string, info: unknown): void {
    fs.writeFileSync(path.join(pendingFolder, `${id}.json`), JSON.stringify(info));
  }

  function pending(id: string): { file: string; extension: string; info: unknown } {
    if (!PENDING_ID.test(id)) throw new InvalidInputError(`"${id}" is not a recording id; send the id the transcription returned`);
    const name = fs.existsSync(pendingFolder) ? fs.readdirSync(pendingFolder).find((n) => n.startsWith(`${id}.`) && !n.endsWith('.json')) : undefined;
    const infoFile = path.join(pendingFolder, `${id}.json`);
    if (!name || !fs.existsSync(infoFile)) throw new NotFoundError(`no recording ${id} waiting to be saved (recordings not saved within a day are removed); record the answer again`);
    return { file: path.join(pendingFolder, name), extension: path.extname(name).slice(1), info: JSON.parse(fs.readFileSync(infoFile, 'utf8')) as unknown };
  }

  /** Moves a pending recording to its answer's file, `<stem>.<ext>`; returns the file name and size. */
  function claim(id: string, stem: string): { name: string; bytes: number } {
    if (!KEPT_STEM.test(stem)) throw new Error(`"${stem}" is not a recording's name`);
    const { file, extension } = pending(id);
    fs.mkdirSync(folder, { recursive: true });
    const name = `${stem}.${extension}`;
    fs.renameSync(file, path.join(folder, name));
    fs.rmSync(path.join(pendingFolder, `${id}.json`), { force: true });
    return { name, bytes: fs.statSync(path.join(folder, name)).size };
  }

  const pathOf = (name: string) => path.join(folder, path.basename(name));

  return {
    folder,
    addPending,
    writePendingInfo,
    pending,
    claim,
    pathOf,
    read: (name: string) => fs.readFileSync(pathOf(name)),
    exists: (name: string) => fs.existsSync(pathOf(name)),
    write: (name: string, bytes: Buffer) => {
      fs.mkdirSync(folder, { recursive: true });
      fs.writeFileSync(pathOf(name), bytes);
    },
    /** The kept recordings on disk, of attempts and mock answers (not the pending ones). */
    list: (): string[] => (fs.existsSync(folder) ? fs.readdirSync(folder).filter((n) => KEPT_FILE.test(n)).sort() : []),
    remove: (name: string) => fs.rmSync(pathOf(name), { force: true }),
  };
}

export type AudioStore = ReturnType<typeof audioStore>;
