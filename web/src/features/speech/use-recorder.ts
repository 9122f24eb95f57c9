import { useCallback, useEffect, useRef, useState } from 'react';

export type RecorderState = 'idle' | 'starting' | 'recording' | 'stopped';

/** The types MediaRecorder is asked for, in order: what the server reads best first. */
const TYPES = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/webm'];

/**
 * The microphone: records with MediaRecorder, reports a live level (0-1, from the signal's RMS) and
 * the seconds recorded. The audio stays in the page until it is sent to this machine's server.
 */
export function useRecorder() {
  const [state, setState] = useState<RecorderState>('idle');
  const [level, setLevel] = useState(0);
  const [seconds, setSeconds] = useState(0);
  const [error, setError] = useState<string>();
  const [recording, setRecording] = useState<Blob>();
  const parts = useRef<{ stream?: MediaStream; recorder?: MediaRecorder; context?: AudioContext; frame?: number; timer?: number; chunks: Blob[] }>({ chunks: [] });

  const release = useCallback(() => {
    const p = parts.current;
    if (p.frame) cancelAnimationFrame(p.frame);
    if (p.timer) clearInterval(p.timer);
    p.stream?.getTracks().forEach((t) => t.stop());
    void p.context?.close().catch(() => undefined);
    parts.current = { chunks: p.chunks };
    setLevel(0);
  }, []);

  useEffect(() => release, [release]);

  const start = useCallback(async () => {
    setError(undefined);
    setRecording(undefined);
    setState('starting');
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true } });
    } catch (e) {
      const name = (e as DOMException).name;
      setError(
        name === 'NotAllowedError'
          ? 'The browser was not allowed to use the microphone. Allow it for this page (the icon in the address bar), then record again.'
          : name === 'NotFoundError'
            ? 'No microphone was found. Connect one, or type your answer.'
            : `The microphone could not start (${name}). Type your answer, or try again.`,
      );
      setState('idle');
      return;
    }
    const type = TYPES.find((t) => MediaRecorder.isTypeSupported(t)) ?? '';
    const recorder = new MediaRecorder(stream, type ? { mimeType: type } : undefined);
    const chunks: Blob[] = [];
    recorder.ondataavailable = (event) => event.data.size > 0 && chunks.push(event.data);
    recorder.onstop = () => {
      setRecording(new Blob(chunks, { type: (recorder.mimeType || type || 'audio/webm').split(';')[0] }));
      setState('stopped');
      release();
    };
    const context = new AudioContext();
    const analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    context.createMediaStreamSource(stream).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    const meter = () => {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const s of samples) sum += s * s;
      const db = 20 * Math.log10(Math.sqrt(sum / samples.length) || 1e-5);
      // -60 dBFS and below reads as empty, 0 dBFS as full.
      setLevel(Math.max(0, Math.min(1, (db + 60) / 60)));
      parts.current.frame = requestAnimationFrame(meter);
    };
    const started = Date.now();
    parts.current = { stream, recorder, context, chunks, frame: requestAnimationFrame(meter), timer: window.setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 250) };
    setSeconds(0);
    recorder.start(1000);
    setState('recording');
  }, [release]);

  const stop = useCallback(() => {
    const recorder = parts.current.recorder;
    if (recorder && recorder.state !== 'inactive') recorder.stop();
  }, []);

  const reset = useCallback(() => {
    release();
    setRecording(undefined);
    setSeconds(0);
    setState('idle');
  }, [release]);

  const supported = typeof navigator !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia) && typeof MediaRecorder !== 'undefined';
  return { state, level, seconds, error, recording, supported, start, stop, reset };
}
