import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

const WEB = path.join(import.meta.dirname, '../../web/src');

/** One page to check: the address, and an optional step that brings the page into a state worth checking. */
export interface Visit {
  name: string;
  url: string;
  prepare?: (page: Page) => Promise<void>;
}

/**
 * The paths in the web route table, with regex routes written back as `:name` patterns and the catch-all
 * as `*`. Reading the table itself means a page added to it is checked without touching this test.
 */
export function routeTable(): string[] {
  const source = fs.readFileSync(path.join(WEB, 'app/routes.tsx'), 'utf8');
  const paths: string[] = [];
  // A regex path holds `>` (in `(?<id>`), so the path is matched where it starts, not up to the tag's end.
  for (const match of source.matchAll(/<Route\b\s*(?:path=(?:"([^"]+)"|\{\/\^(.+?)\$\/\}))?/g)) {
    const [, plain, regex] = match;
    if (plain) paths.push(plain);
    else if (regex) paths.push(regex.replaceAll('\\/', '/').replace(/\(\?<(\w+)>[^)]*\)/g, ':$1'));
    else paths.push('*');
  }
  if (paths.length < 10) throw new Error(`read only ${paths.length} routes from web/src/app/routes.tsx; has the route table moved?`);
  return paths;
}

/** The calculator slugs the toolkit offers, read from its tool table. */
function toolSlugs(): string[] {
  const source = fs.readFileSync(path.join(WEB, 'features/toolkit/tools.ts'), 'utf8');
  const slugs = [...source.matchAll(/\{\s*slug:\s*'([^']+)'/g)].flatMap((m) => (m[1] ? [m[1]] : []));
  if (slugs.length === 0) throw new Error('found no tools in web/src/features/toolkit/tools.ts');
  return slugs;
}

const STORY = {
  title: 'Checkout migration',
  situation: 'Our payments org ran checkout on a ten-year-old monolith and four teams shipped into it.',
  task: 'I owned moving checkout to its own service before the holiday freeze.',
  action: 'I split the work into three milestones and I ran a weekly dependency review with the four teams.',
  result: 'We cut over in November with no downtime, and checkout p95 dropped from 900 ms to 300 ms.',
  competencies: ['technical-decision'],
};
const ANSWER =
  'At my last company we were launching a new checkout for 2 million users. I was responsible for the launch plan. ' +
  'I met each team lead, I proposed a phased rollout and I tracked the risks weekly. As a result we shipped on time and conversion rose 4%.';

interface Ids {
  question: string;
  problem: string;
  design: string;
  case: string;
  program: string;
  story: number;
  drill: number;
  mock: number;
}

/** Real ids from the API: the first item of each list, plus a saved answer, a story, a drill and a started mock. */
export async function seedIds(page: Page, origin: string): Promise<Ids> {
  await page.goto(`${origin}/no-such-page`);
  // Writes go through the page so they are same-origin, as the server requires.
  return page.evaluate(
    async ({ story, answer }) => {
      const call = async (url: string, body?: unknown) => {
        const response = await fetch(url, body === undefined ? undefined : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        if (!response.ok) throw new Error(`${body === undefined ? 'GET' : 'POST'} ${url}: ${response.status} ${await response.text()}`);
        return response.json();
      };
      const question = (await call('/api/questions')).questions[0].id as string;
      const problem = (await call('/api/problems')).problems[0].id as string;
      const exercises = await call('/api/exercises');
      await call('/api/attempts', { questionId: question, answer, seconds: 120 });
      const storyId = (await call('/api/stories', story)).story.id as number;
      const drill = (await call('/api/drills', { storyId })).id as number;
      const loop = (await call('/api/mocks/loops')).loops[0].id as string;
      const mock = (await call('/api/mocks', { loopId: loop, seed: 1 })).id as number;
      await call(`/api/mocks/${mock}/begin`, {});
      return {
        question,
        problem,
        design: exercises.designs[0].id as string,
        case: exercises.cases[0].id as string,
        program: exercises.programs[0].id as string,
        story: storyId,
        drill,
        mock,
      };
    },
    { story: STORY, answer: ANSWER },
  );
}

/** Every route in the table with its parameters filled from real ids; a route nobody can fill fails the test. */
export function visitsFor(ids: Ids): Visit[] {
  const fill: Record<string, string[]> = {
    // A missing id shows the not-found page with its way back; one is enough to check that page.
    '/practice/:id': [`/practice/${ids.question}`, '/practice/no-such-question'],
    '/code/:id': [`/code/${ids.problem}`],
    '/toolkit/designs/:id': [`/toolkit/designs/${ids.design}`],
    '/toolkit/cases/:id': [`/toolkit/cases/${ids.case}`],
    '/toolkit/programs/:id': [`/toolkit/programs/${ids.program}`],
    '/toolkit/:tool': toolSlugs().map((slug) => `/toolkit/${slug}`),
    '/mock/stories/:id/drill': [`/mock/stories/${ids.story}/drill`],
    '/mock/drills/:id': [`/mock/drills/${ids.drill}`],
    '/mock/:id': [`/mock/${ids.mock}`],
    // Hosted mode's pages: in local mode they say so (peer) or are not found (a coach's review page).
    '/peer/:id': ['/peer/1'],
    '/cohort/:personId/attempts/:id': ['/cohort/1/attempts/1'],
    '*': ['/no-such-page'],
  };
  const visits: Visit[] = [];
  for (const route of routeTable()) {
    const urls = fill[route] ?? (route.includes(':') ? undefined : [route]);
    if (!urls) throw new Error(`no concrete address for the route ${route}: add one to visitsFor in test/e2e/a11y-routes.ts`);
    for (const url of urls) visits.push({ name: url, url });
  }
  // The code editor (CodeMirror) injects its styles as it mounts and is used: type in it, under the page's policy.
  const code = visits.find((v) => v.url === `/code/${ids.problem}`);
  if (code) {
    code.prepare = async (page) => {
      await page.locator('.cm-content').first().click();
      await page.keyboard.type('// typed');
    };
  }
  // States inside a page that the route table cannot name.
  const startReview = async (page: Page) => {
    await page.getByRole('button', { name: 'Start review' }).click();
    await page.getByRole('button', { name: /Show answer/ }).waitFor();
  };
  visits.push({ name: '/flashcards (review, question)', url: '/flashcards', prepare: startReview });
  visits.push({
    name: '/flashcards (review, answer)',
    url: '/flashcards',
    prepare: async (page) => {
      await startReview(page);
      await page.getByRole('button', { name: /Show answer/ }).click();
      await page.getByRole('group', { name: 'How well did you recall it?' }).waitFor();
    },
  });
  return visits;
}
