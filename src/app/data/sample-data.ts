import { wavBytes } from '../../speech/index.js';
import type { App } from '../app.js';

/**
 * For tests of export, import, backup and restore: at least one row in every user table, written
 * through the app's own operations (the mock answer links a story, so story_links has both kinds).
 */
export async function addOneOfEverything(app: App): Promise<void> {
  const question = app.content.questions.find((q) => q.type === 'behavioral') ?? app.content.questions[0];
  if (!question) throw new Error('the question bank is empty');
  await app.checklist.set({ id: app.content.guide.checklist[0]?.id, done: true });
  await app.flashcards.settings.set({ desiredRetention: 0.85 });
  await app.flashcards.review(app.content.flashcards[0]?.id ?? '', { rating: 'good' });
  await app.plan.save({ weeks: 3, hoursPerWeek: 5 });
  const attempt = await app.attempts.create({ questionId: question.id, answer: 'I led the launch.\nWe shipped\tearly.', seconds: 90 });
  // A spoken attempt: one second of tone, measured without a recogniser (the words come from "the browser").
  const tone = Int16Array.from({ length: 16_000 }, (_, i) => Math.round(8000 * Math.sin((2 * Math.PI * 220 * i) / 16_000)));
  const spoken = await app.speech.transcribe({ bytes: wavBytes({ samples: tone, sampleRate: 16_000 }), mime: 'audio/wav', engine: 'browser' });
  await app.attempts.create({ questionId: question.id, answer: 'We shipped early.', seconds: 1, recording: spoken.recording, heard: 'we shipped early' });
  await app.submissions.create({ problemId: 'sort-array', lang: 'js', code: 'function sortArray(a) { return [...a].sort((x, y) => x - y); }', mode: 'run' });
  await app.exercises.submit('design', 'url-shortener', { sections: { requirements: 'Redirects must be fast.' }, seconds: 60 });
  const { story } = await app.stories.create({
    title: 'Search index',
    situation: 'Our checkout team was two weeks from launch.',
    task: 'I had to get a decision.',
    action: 'I proposed a two-day spike.',
    result: 'We shipped on time; p95 fell 30%.',
    competencies: ['conflict'],
  });
  await app.stories.link(story.id, { attemptId: attempt.id });
  const drill = await app.drills.start({ storyId: story.id });
  await app.drills.answer(drill.id, { text: 'I chose a two-day spike over a rewrite because the launch was two weeks out.', seconds: 40 });
  const loop = app.mocks.loops()[0] as { id: string };
  const mock = await app.mocks.start({ loopId: loop.id, seed: 7 });
  const begun = await app.mocks.begin(mock.id);
  if (begun.item?.kind === 'coding') throw new Error(`the first item of loop ${loop.id} is code; the sample needs a spoken answer`);
  // A spoken mock answer, kept in mock_audio like the spoken attempt in attempt_audio.
  const said = await app.speech.transcribe({ bytes: wavBytes({ samples: tone, sampleRate: 16_000 }), mime: 'audio/wav', engine: 'browser' });
  await app.mocks.answer(mock.id, { text: 'I would start from the goal and cut scope.', recording: said.recording, heard: 'i would start from the goal' });
  await app.mocks.pause(mock.id);
}
