/**
 * The shapes the semantic layer passes around: vectors, the function that makes them, and the
 * question bank as vectors. Vectors are unit length, so a dot product is their cosine.
 */

/** A unit-length sentence embedding (512 numbers for the shipped model). */
export type Vector = Float32Array;

/** Turns texts into vectors, one per text, in order: SemanticClient.embed, or embedder.mjs's embed in-process. */
export type EmbedFn = (texts: readonly string[]) => Promise<Vector[]>;

/** One question of the bank as vectors: what it asks, what each rubric point shows, each outline step. */
export interface QuestionVectors {
  id: string;
  title: string;
  /** Title and prompt, embedded together. */
  prompt: Vector;
  /** One per rubric point, in the rubric's order: the point's "shows" text. */
  shows: Vector[];
  /** One per step of the model answer outline, in order. */
  outline: Vector[];
}

export interface SemanticBank {
  /** The model that made the vectors (vectors of different models do not compare). */
  model: string;
  dimensions: number;
  questions: QuestionVectors[];
  byId: ReadonlyMap<string, QuestionVectors>;
}
