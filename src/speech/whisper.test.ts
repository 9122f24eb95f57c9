import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UnavailableError } from '../core/errors.js';
import { WHISPER_MODEL_HELP, whisperEngine } from './whisper.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-whisper-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const pcm = { samples: new Int16Array(16_000), sampleRate: 16_000 };

describe('whisper engine: the model file the person points Settings at', () => {
  it('says what to do when no model is set, the file is missing, a folder, or not a whisper.cpp model', () => {
    const reason = (model: string | undefined) => {
      const status = whisperEngine(() => model).available();
      return status.available ? null : status.reason;
    };
    expect(reason(undefined)).toBe(`whisper needs a model file: set its path in the speech settings or TPMPREP_WHISPER_MODEL. ${WHISPER_MODEL_HELP}`);
    const missing = path.join(dir, 'ggml-base.en.bin');
    expect(reason(missing)).toBe(`no whisper model file at ${missing}. ${WHISPER_MODEL_HELP}`);
    expect(reason(dir)).toBe(`${dir} is a folder, not a whisper model file; give the path of the .bin file itself. ${WHISPER_MODEL_HELP}`);
    const notModel = path.join(dir, 'model.onnx');
    fs.writeFileSync(notModel, 'ONNX model bytes');
    expect(reason(notModel)).toBe(
      `${notModel} is not a whisper.cpp model (it does not start with the ggml header); use a ggml-*.bin file made for whisper.cpp, not a PyTorch, ONNX or GGUF file. ${WHISPER_MODEL_HELP}`,
    );
    const empty = path.join(dir, 'empty.bin');
    fs.writeFileSync(empty, '');
    expect(reason(empty)).toMatch(/is not a whisper\.cpp model/);
  });

  it('refuses to transcribe with a file that is not a model, with the same message, before loading anything', async () => {
    const notModel = path.join(dir, 'ggml-fake.bin');
    fs.writeFileSync(notModel, 'GGUF not whisper');
    const attempt = whisperEngine(() => notModel).transcribe(pcm);
    await expect(attempt).rejects.toBeInstanceOf(UnavailableError);
    await expect(attempt).rejects.toThrow(`${notModel} is not a whisper.cpp model`);
  });

  it('gets past the model check with a ggml header; without the binding it says how to install it', () => {
    const header = path.join(dir, 'ggml-header.bin');
    fs.writeFileSync(header, Buffer.concat([Buffer.from('lmgg', 'ascii'), Buffer.alloc(60)]));
    const status = whisperEngine(() => header).available();
    expect(status).toEqual({ available: false, reason: 'the whisper.cpp binding is not installed; run npm install smart-whisper in the tpmprep folder (it compiles whisper.cpp, a few minutes)' });
  });
});
