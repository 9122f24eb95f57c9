/** Speaking answers: record, transcribe on this machine, and play back a saved answer. */
export { RecorderPanel, type Spoken } from './recorder-panel.js';
export { RecordingPlayback } from './recording-playback.js';
export { AudioDelivery, PaceChart } from './audio-delivery.js';
