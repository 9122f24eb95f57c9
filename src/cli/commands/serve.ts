import type { Command } from 'commander';
import { action } from '../output.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('start the web app and API (what `npm start` runs)')
    .option('--port <port>', 'port to listen on (default: PORT or 3000)')
    .option('--host <host>', 'address to listen on (default: HOST or 127.0.0.1)')
    .action(
      action(async (options: { port?: string; host?: string }) => {
        const { serve } = await import('../../server/serve.js');
        await serve({ port: options.port, host: options.host });
      }),
    );
}
