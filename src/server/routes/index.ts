import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/index.js';
import { calcRoutes } from './calc.js';
import { coachRoutes } from './coach.js';
import { codeRoutes } from './code.js';
import { coreRoutes } from './core.js';
import { dataRoutes } from './data.js';
import { drillRoutes } from './drills.js';
import { exerciseRoutes } from './exercises.js';
import { flashcardRoutes } from './flashcards.js';
import { mockRoutes } from './mocks.js';
import { progressRoutes } from './progress.js';
import { questionRoutes } from './questions.js';
import { searchRoutes } from './search.js';
import { settingsRoutes } from './settings.js';
import { speechRoutes } from './speech.js';
import { storyRoutes } from './stories.js';

/** Every API route module, registered in one place. */
export function registerRoutes(server: FastifyInstance, app: App): void {
  coreRoutes(server, app);
  coachRoutes(server, app);
  codeRoutes(server, app);
  questionRoutes(server, app);
  calcRoutes(server, app);
  exerciseRoutes(server, app);
  flashcardRoutes(server, app);
  progressRoutes(server, app);
  mockRoutes(server, app);
  storyRoutes(server, app);
  drillRoutes(server, app);
  dataRoutes(server, app);
  searchRoutes(server, app);
  settingsRoutes(server, app);
  speechRoutes(server, app);
}
