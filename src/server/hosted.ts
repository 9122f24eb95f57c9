import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Account, HostedRuntime } from '../app/index.js';
import type { App } from '../app/index.js';
import { ForbiddenError, RateLimitedError } from '../core/errors.js';
import { sendError } from './errors.js';
import type { ApiResponse } from '../shared/api.js';

export type { HostedRuntime };

export const SESSION_COOKIE = 'tpmprep_session';
/** Sign-in attempts one email may make in a minute; the eleventh answers 429. */
export const SIGN_IN_ATTEMPTS_PER_MINUTE = 10;
/** Routes anyone may call: health, and signing in. */
const PUBLIC_ROUTES = /^\/api\/(health|auth\/(login|accept))(\?|$)/;

declare module 'fastify' {
  interface FastifyRequest {
    account?: Account;
    personApp?: App;
  }
}

/**
 * Hosted mode on top of the local server: every /api route but health and sign-in needs a session
 * (401 without one), and runs on the signed-in person's own app, so their ids reach only their rows.
 * Sessions ride in an httpOnly, SameSite=Lax cookie (Secure when the public URL is https).
 */
export async function installHostedMode(server: FastifyInstance, hosted: HostedRuntime): Promise<void> {
  await server.register(cookie);
  await server.register(rateLimit, { global: false });
  const secure = hosted.publicUrl.startsWith('https:');

  server.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || PUBLIC_ROUTES.test(route.url) || route.url.startsWith('/api/auth/')) return;
    const handler = route.handler;
    route.handler = function (this: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
      const person = request.personApp;
      if (!person) return sendError(reply, 401, 'unauthorized', 'sign in first');
      return hosted.runAs(person, () => handler.call(this, request, reply));
    };
  });

  server.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/') || PUBLIC_ROUTES.test(request.url)) return;
    const account = await hosted.accounts.sessionAccount(request.cookies[SESSION_COOKIE]);
    if (!account) {
      return sendError(reply, 401, 'unauthorized', 'sign in first: POST /api/auth/login with your email and password, or open the invitation link you were sent');
    }
    request.account = account;
    request.personApp = await hosted.appFor(account);
  });

  const startSession = (reply: FastifyReply, session: { token: string; expiresAt: string }) =>
    reply.setCookie(SESSION_COOKIE, session.token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: new Date(session.expiresAt) });

  server.post('/api/auth/accept', async (request, reply) => {
    const signedIn = await hosted.accounts.accept(request.body ?? {});
    startSession(reply, signedIn.session);
    return { account: signedIn.account } satisfies ApiResponse<'POST /api/auth/accept'>;
  });

  server.post(
    '/api/auth/login',
    {
      config: {
        rateLimit: {
          max: SIGN_IN_ATTEMPTS_PER_MINUTE,
          timeWindow: 60_000,
          hook: 'preHandler',
          keyGenerator: (request: FastifyRequest) => `sign-in:${String((request.body as { email?: unknown } | undefined)?.email ?? '').trim().toLowerCase()}`,
          errorResponseBuilder: () =>
            new RateLimitedError(`too many sign-in attempts for this email: wait a minute, then try again (at most ${SIGN_IN_ATTEMPTS_PER_MINUTE} a minute)`),
        },
      },
    },
    async (request, reply) => {
      const signedIn = await hosted.accounts.login(request.body ?? {});
      startSession(reply, signedIn.session);
      return { account: signedIn.account } satisfies ApiResponse<'POST /api/auth/login'>;
    },
  );

  server.post('/api/auth/logout', async (request, reply) => {
    await hosted.accounts.logout(request.cookies[SESSION_COOKIE]);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { signedOut: true } satisfies ApiResponse<'POST /api/auth/logout'>;
  });

  server.get('/api/auth/me', async (request) => ({ account: request.account }) satisfies ApiResponse<'GET /api/auth/me'>);

  server.post('/api/auth/password', async (request, reply) => {
    const signedIn = await hosted.accounts.changePassword(request.account?.id ?? 0, request.body ?? {});
    startSession(reply, signedIn.session);
    return { account: signedIn.account } satisfies ApiResponse<'POST /api/auth/password'>;
  });

  const requireAdmin = (request: FastifyRequest) => {
    if (request.account?.role !== 'admin') throw new ForbiddenError('only an administrator manages users and cohorts');
  };
  server.get('/api/admin/users', async (request) => {
    requireAdmin(request);
    return { users: await hosted.accounts.list() } satisfies ApiResponse<'GET /api/admin/users'>;
  });
  server.post('/api/admin/users', async (request) => {
    requireAdmin(request);
    return (await hosted.accounts.addUser(request.body ?? {})) satisfies ApiResponse<'POST /api/admin/users'>;
  });
}
