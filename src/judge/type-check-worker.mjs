// Child process that type-checks TypeScript submissions with the TypeScript compiler. Plain ESM so
// it runs from src/ and dist/. One language service is kept for the process's life: the standard
// library's declaration files are parsed and bound once, so a warm check re-checks one small file.
// It is a process of its own, not a thread of the judge: the compiler and its view of the standard
// library (over 100 MB) stay out of the judge's memory, and a type that explodes cannot exhaust it.
import ts from 'typescript';

const send = (message) => process.send?.(message);

const FILE = '/solution.ts';
// What the sandbox offers beside the language: console (js-harness.ts). Nothing else is declared.
const ENV_FILE = '/judge-env.d.ts';
const ENV = `declare const console: { log(...data: unknown[]): void; info(...data: unknown[]): void; warn(...data: unknown[]): void; error(...data: unknown[]): void; debug(...data: unknown[]): void; trace(...data: unknown[]): void };`;
// QuickJS runs ES2022. Strict null checks catch real bugs; implicit any is allowed, as many
// candidates leave parameters untyped. Every file is a module, so a name cannot clash with a global.
const OPTIONS = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts'],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  moduleDetection: ts.ModuleDetectionKind.Force,
  strict: true,
  noImplicitAny: false,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};
let source = '';
let version = 0;
const libDir = ts.getDirectoryPath(ts.getDefaultLibFilePath(OPTIONS));
const host = {
  getScriptFileNames: () => [FILE, ENV_FILE],
  getScriptVersion: (name) => (name === FILE ? String(version) : '1'),
  getScriptSnapshot: (name) => {
    if (name === FILE) return ts.ScriptSnapshot.fromString(source);
    if (name === ENV_FILE) return ts.ScriptSnapshot.fromString(ENV);
    const text = ts.sys.readFile(name);
    return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
  },
  getCurrentDirectory: () => '/',
  getCompilationSettings: () => OPTIONS,
  getDefaultLibFileName: () => `${libDir}/lib.es2022.d.ts`,
  fileExists: (name) => name === FILE || name === ENV_FILE || ts.sys.fileExists(name),
  readFile: (name) => (name === FILE ? source : name === ENV_FILE ? ENV : ts.sys.readFile(name)),
  readDirectory: () => [],
  directoryExists: (name) => ts.sys.directoryExists(name),
  getDirectories: () => [],
};
const service = ts.createLanguageService(host, ts.createDocumentRegistry());

function check(code) {
  source = code;
  version++;
  const diagnostics = [...service.getSyntacticDiagnostics(FILE), ...service.getSemanticDiagnostics(FILE)];
  return diagnostics.slice(0, 20).map((d) => {
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    return { line, code: d.code, message: ts.flattenDiagnosticMessageText(d.messageText, '\n').slice(0, 500) };
  });
}

process.on('message', (message) => {
  const started = performance.now();
  try {
    send({ id: message.id, diagnostics: check(String(message.code)), ms: performance.now() - started });
  } catch (error) {
    send({ id: message.id, failed: String(error && error.message ? error.message : error).slice(0, 300) });
  }
});
// The judge going away ends this process too.
process.on('disconnect', () => process.exit(0));
// A first check builds the checker's view of the standard library before any submission waits.
check('export class Warm { private items = new Map<number, number[]>(); get(key: number): number { return this.items.get(key)?.length ?? -1; } }');
send({ ready: true });
