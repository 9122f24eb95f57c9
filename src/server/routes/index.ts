import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/index.js';
import { coreRoutes } from './core.js';
import { questionRoutes } from './questions.js';

/** Every API route module, registered in one place. */
export function registerRoutes(server: FastifyInstance, app: App): void {
  coreRoutes(server, app);
  questionRoutes(server, app);
}
