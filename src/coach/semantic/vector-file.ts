/**
 * A matrix of float32 vectors on disk: a binary file of the raw numbers plus a small JSON index that
 * says what they are (model, content fingerprint, a digest of the texts) and how to trust them (byte
 * count and SHA-256 of the binary). Reading checks all of it and returns null on any mismatch or
 * damage, so a caller rebuilds instead of crashing or using wrong vectors. Writing is atomic
 * (temporary file, then rename; the index last), so a crash mid-write leaves no index that points
 * at half a file.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

/** Bumped whenever the layout changes, so an old file is never read as the new layout. */
const FORMAT = 1;

const indexSchema = z.strictObject({
  format: z.literal(FORMAT),
  model: z.string(),
  fingerprint: z.string(),
  textsDigest: z.string(),
  dimensions: z.number().int().positive(),
  count: z.number().int().nonnegative(),
  endianness: z.enum(['LE', 'BE']),
  bytes: z.number().int().nonnegative(),
  sha256: z.string(),
});

/** What the vectors must have been made from; a file made from anything else is not read. */
export interface VectorFileKey {
  model: string;
  fingerprint: string;
  /** digestOfTexts() of the embedded texts, in order. */
  textsDigest: string;
  dimensions: number;
  count: number;
}

export interface VectorFilePaths {
  index: string;
  data: string;
}

/** SHA-256 of the texts in order, to tell whether a file's vectors are these texts' vectors. */
export function digestOfTexts(texts: readonly string[]): string {
  const hash = crypto.createHash('sha256');
  for (const text of texts) hash.update(text).update('\0');
  return hash.digest('hex');
}

/** The vectors, `count` * `dimensions` numbers in one array, or null when the file is missing, stale or damaged. */
export function readVectorFile(paths: VectorFilePaths, key: VectorFileKey): Float32Array | null {
  let index: z.infer<typeof indexSchema>;
  let data: Buffer;
  try {
    index = indexSchema.parse(JSON.parse(fs.readFileSync(paths.index, 'utf8')));
    data = fs.readFileSync(paths.data);
  } catch {
    return null;
  }
  const expectedBytes = key.count * key.dimensions * Float32Array.BYTES_PER_ELEMENT;
  const matches =
    index.model === key.model &&
    index.fingerprint === key.fingerprint &&
    index.textsDigest === key.textsDigest &&
    index.dimensions === key.dimensions &&
    index.count === key.count &&
    index.endianness === os.endianness() &&
    index.bytes === expectedBytes &&
    data.length === expectedBytes &&
    crypto.createHash('sha256').update(data).digest('hex') === index.sha256;
  if (!matches) return null;
  // Copy into an aligned buffer of its own: a Buffer may sit at any offset of a shared pool.
  const vectors = new Float32Array(key.count * key.dimensions);
  new Uint8Array(vectors.buffer).set(data);
  return vectors.every(Number.isFinite) ? vectors : null;
}

/** Writes the vectors and their index; returns false when the folder cannot be written (a read-only data folder still works, only slower). */
export function writeVectorFile(paths: VectorFilePaths, key: VectorFileKey, vectors: Float32Array): boolean {
  const bytes = Buffer.from(vectors.buffer, vectors.byteOffset, vectors.byteLength);
  const index: z.infer<typeof indexSchema> = {
    format: FORMAT,
    ...key,
    endianness: os.endianness(),
    bytes: bytes.length,
    sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
  };
  try {
    fs.mkdirSync(path.dirname(paths.index), { recursive: true });
    writeAtomically(paths.data, bytes);
    writeAtomically(paths.index, `${JSON.stringify(index, null, 2)}\n`);
    return true;
  } catch {
    return false;
  }
}

function writeAtomically(file: string, contents: string | Buffer): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, contents);
    fs.renameSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}
