import { InvalidInputError, UnavailableError } from '../core/errors.js';
import { pocketsphinxEngine } from './pocketsphinx.js';
import { SERVER_ENGINE_NAMES, type EngineStatus, type ServerEngineName, type TranscriptionEngine } from './types.js';
import { whisperEngine } from './whisper.js';

export interface EngineChoice {
  /** The engine asked for; without one, the first that is available (pocketsphinx, then whisper). */
  engine?: string;
  whisperModel?: string;
}

export interface EngineInfo {
  name: ServerEngineName;
  status: EngineStatus;
}

export function speechEngines(whisperModel: () => string | undefined): Record<ServerEngineName, TranscriptionEngine> {
  return { pocketsphinx: pocketsphinxEngine(), whisper: whisperEngine(whisperModel) };
}

/** The engine to use, or an error that says what to install or configure. */
export function pickEngine(engines: Record<ServerEngineName, TranscriptionEngine>, name?: string): TranscriptionEngine {
  if (name !== undefined) {
    if (!(SERVER_ENGINE_NAMES as readonly string[]).includes(name)) {
      throw new InvalidInputError(`no speech engine "${name}"; choose ${SERVER_ENGINE_NAMES.join(' or ')} (the browser's own recognition runs in the web app)`);
    }
    const engine = engines[name as ServerEngineName];
    const status = engine.available();
    if (!status.available) throw new UnavailableError(status.reason);
    return engine;
  }
  const ready = SERVER_ENGINE_NAMES.map((n) => engines[n]).find((e) => e.available().available);
  if (ready) return ready;
  const reasons = SERVER_ENGINE_NAMES.map((n) => engines[n].available()).map((s) => (s.available ? '' : s.reason));
  throw new UnavailableError(`no speech engine is installed. ${reasons[0]}. Or whisper: ${reasons[1]}. Typed answers work without one`);
}
