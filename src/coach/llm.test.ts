import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { InvalidInputError, UnavailableError } from '../core/errors.js';
import { createLlmCritic } from './index.js';

interface Seen {
  url: string | undefined;
  authorization: string | undefined;
  body: { model: string; stream: boolean; messages: Array<{ role: string; content: string }> };
}

const servers: http.Server[] = [];

/** A local server that speaks the OpenAI chat completions protocol; `reply` decides the answer. */
async function startServer(reply: (seen: Seen, res: http.ServerResponse) => void): Promise<{ baseUrl: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (chunk: Buffer) => (data += chunk.toString()));
    req.on('end', () => {
      const entry: Seen = { url: req.url, authorization: req.headers.authorization, body: JSON.parse(data) as Seen['body'] };
      seen.push(entry);
      reply(entry, res);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}/v1`, seen };
}

function completion(content: string): string {
  return JSON.stringify({ id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content } }] });
}

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

describe('createLlmCritic', () => {
  it('is off unless a base URL and a model are configured', () => {
    expect(createLlmCritic(undefined)).toBeUndefined();
    expect(createLlmCritic({ model: 'llama3.2' })).toBeUndefined();
    expect(createLlmCritic({ baseUrl: 'http://127.0.0.1:1/v1' })).toBeUndefined();
  });

  it('rejects settings outside the limits with a message naming them', () => {
    expect(() => createLlmCritic({ baseUrl: 'ftp://example/v1', model: 'm' })).toThrow(InvalidInputError);
    expect(() => createLlmCritic({ baseUrl: 'http://127.0.0.1:1/v1', model: 'm', timeoutMs: 500_000 })).toThrow(
      'timeoutMs: timeoutMs can be at most 120000',
    );
  });

  it('posts a chat completion request and labels the reply as the model critique', async () => {
    const { baseUrl, seen } = await startServer((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(completion('  - "we fixed it" hides your part.  '));
    });
    const critic = createLlmCritic({ baseUrl: `${baseUrl}/`, model: 'llama3.2', apiKey: 'secret-key' });
    const critique = await critic!.critique({ answer: 'We fixed it.', type: 'behavioral', prompt: 'Tell me about a time you failed.' });

    expect(critique).toEqual({ source: 'model', label: "Model's critique (llama3.2)", model: 'llama3.2', text: '- "we fixed it" hides your part.' });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe('/v1/chat/completions');
    expect(seen[0]!.authorization).toBe('Bearer secret-key');
    expect(seen[0]!.body.model).toBe('llama3.2');
    expect(seen[0]!.body.stream).toBe(false);
    expect(seen[0]!.body.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(seen[0]!.body.messages[1]!.content).toContain('Question: Tell me about a time you failed.');
    expect(seen[0]!.body.messages[1]!.content).toContain('"""\nWe fixed it.\n"""');
  });

  it('sends no authorization header without an API key', async () => {
    const { baseUrl, seen } = await startServer((_, res) => res.end(completion('ok')));
    await createLlmCritic({ baseUrl, model: 'm' })!.critique({ answer: 'a', type: 'technical' });
    expect(seen[0]!.authorization).toBeUndefined();
  });

  it('says clearly when the endpoint is down', async () => {
    const { baseUrl } = await startServer((_, res) => res.end(completion('never')));
    await new Promise<void>((resolve) => servers.pop()!.close(() => resolve()));
    const critic = createLlmCritic({ baseUrl, model: 'm' })!;
    const failure = critic.critique({ answer: 'a', type: 'behavioral' });
    await expect(failure).rejects.toBeInstanceOf(UnavailableError);
    await expect(failure).rejects.toThrow(`The language model at ${baseUrl}/chat/completions is not reachable (connection refused).`);
  });

  it('gives up after the timeout', async () => {
    const { baseUrl } = await startServer((_, res) => setTimeout(() => res.end(completion('late')), 2_000));
    const failure = createLlmCritic({ baseUrl, model: 'm', timeoutMs: 100 })!.critique({ answer: 'a', type: 'behavioral' });
    await expect(failure).rejects.toThrow('did not answer within 100 ms');
  });

  it('reports HTTP errors and answers that are not chat completions', async () => {
    const { baseUrl: failing } = await startServer((_, res) => {
      res.writeHead(503);
      res.end('model is loading');
    });
    await expect(createLlmCritic({ baseUrl: failing, model: 'm' })!.critique({ answer: 'a', type: 'behavioral' })).rejects.toThrow(
      'answered with HTTP 503: model is loading',
    );
    const { baseUrl: odd } = await startServer((_, res) => res.end(JSON.stringify({ result: 'hello' })));
    await expect(createLlmCritic({ baseUrl: odd, model: 'm' })!.critique({ answer: 'a', type: 'behavioral' })).rejects.toThrow(
      'not an OpenAI-compatible chat completion',
    );
  });
});
