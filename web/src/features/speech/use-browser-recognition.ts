import { useCallback, useRef } from 'react';

interface RecognitionResultList {
  length: number;
  [index: number]: { isFinal: boolean; 0: { transcript: string } };
}
interface Recognition {
  continuous: boolean;
  interimResults: boolean;
  lang: string;
  onresult: ((event: { resultIndex: number; results: RecognitionResultList }) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  start(): void;
  stop(): void;
}
type RecognitionClass = new () => Recognition;

function recognitionClass(): RecognitionClass | undefined {
  const w = window as unknown as { SpeechRecognition?: RecognitionClass; webkitSpeechRecognition?: RecognitionClass };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition;
}

export const browserRecognitionSupported = () => typeof window !== 'undefined' && recognitionClass() !== undefined;

/**
 * The browser's own speech recognition, running beside the recorder when the person chose it. In
 * Chrome and Edge this sends the audio to the browser maker's servers; the settings say so.
 */
export function useBrowserRecognition() {
  const current = useRef<{ recognition: Recognition; text: string[] } | null>(null);

  const start = useCallback(() => {
    const Klass = recognitionClass();
    if (!Klass) return;
    const recognition = new Klass();
    recognition.continuous = true;
    recognition.interimResults = false;
    recognition.lang = 'en-US';
    const state = { recognition, text: [] as string[] };
    recognition.onresult = (event) => {
      for (let i = event.resultIndex; i < event.results.length; i++) {
        const result = event.results[i];
        if (result?.isFinal) state.text.push(result[0].transcript.trim());
      }
    };
    recognition.onerror = () => undefined;
    current.current = state;
    recognition.start();
  }, []);

  /** Stops listening; resolves with what was heard once the last result is in. */
  const stop = useCallback(
    () =>
      new Promise<string>((resolve) => {
        const state = current.current;
        if (!state) return resolve('');
        current.current = null;
        state.recognition.stop();
        setTimeout(() => resolve(state.text.join(' ')), 600);
      }),
    [],
  );

  return { start, stop };
}
