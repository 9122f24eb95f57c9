/**
 * Reads a source map's `mappings` just far enough to know, for each generated line, which original
 * line it came from (the first mapped segment wins). Used to point runtime errors at the user's code.
 */
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, value) => [char, value]));

/** Returns original 1-based lines indexed by generated 0-based line (undefined where unmapped). */
export function generatedToOriginalLines(sourceMapJson: string): (number | undefined)[] {
  let mappings = '';
  try {
    mappings = String((JSON.parse(sourceMapJson) as { mappings?: unknown }).mappings ?? '');
  } catch {
    return [];
  }
  const lines: (number | undefined)[] = [];
  let sourceLine = 0;
  for (const line of mappings.split(';')) {
    let first: number | undefined;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields = decodeVlq(segment);
      // Fields: generated column, source index, source line, source column, name (all but the first relative).
      const lineDelta = fields[2];
      if (lineDelta === undefined) continue;
      sourceLine += lineDelta;
      first ??= sourceLine + 1;
    }
    lines.push(first);
  }
  return lines;
}

function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGIT.get(char);
    if (digit === undefined) return values;
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}
