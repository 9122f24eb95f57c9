// The real model, in this thread, loaded once for the file.
import { beforeAll, describe, expect, it } from 'vitest';
import { DIMENSIONS, embed, loadEmbedder, MODEL_NAME } from './embedder.mjs';
import { cosine, dot } from './similarity.js';

// [sentence, paraphrase, unrelated]. Measured on 0.2.0: paraphrases 0.59-0.72, unrelated 0.05-0.15.
const TRIPLES: Array<[string, string, string]> = [
  [
    'I missed the launch deadline and learned to raise risks earlier.',
    'The release slipped on my watch, and since then I flag schedule risks sooner.',
    'Our cafeteria serves pancakes with maple syrup on Fridays.',
  ],
  [
    'I changed my mind after the data showed users preferred the simpler flow.',
    'The numbers convinced me to drop my plan, because customers liked the simpler version.',
    'The river floods the valley every spring.',
  ],
  ['We cut page load time from four seconds to one.', 'Pages now load in a second instead of four.', 'My grandmother knits scarves for the whole family.'],
  [
    'I disagreed with the lead engineer about the database design.',
    'The senior engineer and I had a conflict over how to design the data store.',
    'The museum opens at nine on weekdays.',
  ],
];

beforeAll(async () => {
  await loadEmbedder();
}, 60_000);

describe('embed (the shipped model, offline)', () => {
  it('names the model with its exact version', () => {
    expect(MODEL_NAME).toBe('use-lite-en@0.2.0');
  });

  it('gives one unit-length vector of 512 numbers per text, empty text included', async () => {
    const vectors = await embed(['I owned the launch.', '', 'We shipped on time.']);
    expect(vectors).toHaveLength(3);
    for (const vector of vectors) {
      expect(vector).toBeInstanceOf(Float32Array);
      expect(vector).toHaveLength(DIMENSIONS);
      expect(Math.sqrt(dot(vector, vector))).toBeCloseTo(1, 5);
    }
  });

  it('scores a paraphrase well above unrelated text', async () => {
    const vectors = await embed(TRIPLES.flat());
    for (let i = 0; i < TRIPLES.length; i++) {
      const [sentence, paraphrase, unrelated] = vectors.slice(i * 3, i * 3 + 3) as [Float32Array, Float32Array, Float32Array];
      const close = cosine(sentence, paraphrase);
      const far = cosine(sentence, unrelated);
      expect(close, TRIPLES[i]![1]).toBeGreaterThan(far + 0.3);
      expect(close).toBeGreaterThan(0.5);
      expect(close).toBeLessThan(0.85);
      expect(far).toBeLessThan(0.3);
    }
  });

  it('gives the same vector whatever the batch a text is in, in order', async () => {
    const texts = TRIPLES.flat();
    const batched = await embed(texts, 8);
    const alone = await embed([texts[9]!], 1);
    expect(cosine(batched[9]!, alone[0]!)).toBeCloseTo(1, 5);
    expect(cosine(batched[9]!, batched[0]!)).toBeLessThan(0.99);
  });
});
