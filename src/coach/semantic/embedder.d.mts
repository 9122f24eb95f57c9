/** Types of embedder.mjs (plain ESM so that a worker thread can load it from src/ and from dist/). */
export declare const MODEL_NAME: string;
export declare const DIMENSIONS: number;
export declare const BATCH_SIZE: number;
export declare function loadEmbedder(): Promise<{ loadMs: number }>;
export declare function normalize(vector: Float32Array): Float32Array;
export declare function embed(texts: readonly string[], batchSize?: number): Promise<Float32Array[]>;
