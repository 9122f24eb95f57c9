/**
 * The verdicts of the judge, defined once (judge0-style table). `accepted` is the only success;
 * the order is also the order in which a UI lists them.
 */
export const VERDICTS = [
  { id: 'accepted', title: 'Accepted', description: 'Every test returned the expected value within the limits.' },
  { id: 'wrong_answer', title: 'Wrong answer', description: 'A test returned a value different from the expected one.' },
  { id: 'time_limit_exceeded', title: 'Time limit exceeded', description: 'A test, or all tests together, ran longer than allowed.' },
  { id: 'memory_limit_exceeded', title: 'Memory limit exceeded', description: 'The solution used more memory than allowed.' },
  { id: 'output_limit_exceeded', title: 'Output limit exceeded', description: 'A test printed or returned more text than allowed.' },
  { id: 'runtime_error', title: 'Runtime error', description: 'The solution threw an exception or called something unavailable.' },
  { id: 'compile_error', title: 'Compile error', description: 'The code does not parse, or does not declare the expected function or class.' },
  { id: 'internal_error', title: 'Internal error', description: 'The judge failed; the submission was not judged. Try again.' },
] as const;

export type Verdict = (typeof VERDICTS)[number]['id'];

export const VERDICT_IDS = VERDICTS.map((v) => v.id) as [Verdict, ...Verdict[]];

/** The verdicts a single test can end with (a compile error belongs to the whole submission). */
export type TestVerdict = Exclude<Verdict, 'compile_error'>;

/**
 * What a result is called where a person reads it. A run judges the visible examples only, so a
 * passing run is "Examples passed", never "Accepted": only a full submit can be accepted.
 */
export function verdictLabel(verdict: Verdict, mode: 'run' | 'submit'): string {
  if (mode === 'run' && verdict === 'accepted') return 'Examples passed';
  return VERDICTS.find((v) => v.id === verdict)?.title ?? verdict;
}
