import { scryptSync, randomBytes } from 'node:crypto';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { hashingThreadPriority, HASHING_THREADS, scryptLowPriority } from './password-hasher.js';
import { COST, hashPassword, verifyPassword } from './passwords.js';

describe('password hashing', () => {
  it('keeps the scrypt cost at N = 2^15, r = 8, p = 1, and writes it into the hash', async () => {
    const stored = await hashPassword('correct horse battery');
    const [kind, n, r, p, salt, hash] = stored.split('$');
    expect([kind, n, r, p]).toEqual(['scrypt', '32768', '8', '1']);
    // The same key crypto.scryptSync gives on the main thread.
    expect(scryptSync('correct horse battery', Buffer.from(salt!, 'base64url'), 32, COST).toString('base64url')).toBe(hash);
  });

  it('verifies the right password and refuses a wrong one, and hashes made before by crypto.scrypt', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse battere', stored)).toBe(false);
    const salt = randomBytes(16);
    const old = ['scrypt', 16384, 8, 1, salt.toString('base64url'), scryptSync('an older password', salt, 32, { N: 16384, r: 8, p: 1 }).toString('base64url')].join('$');
    expect(await verifyPassword('an older password', old)).toBe(true);
    expect(await verifyPassword('another password', old)).toBe(false);
  });

  it('answers concurrent hashes each with its own key', async () => {
    const salts = Array.from({ length: 5 }, () => randomBytes(16));
    const keys = await Promise.all(salts.map((salt, i) => scryptLowPriority(`password number ${i}`, salt, 32, { N: 1024, r: 8, p: 1, maxmem: COST.maxmem })));
    keys.forEach((key, i) => expect(key.equals(scryptSync(`password number ${i}`, salts[i]!, 32, { N: 1024, r: 8, p: 1 }))).toBe(true));
  });

  it('rejects an impossible cost instead of hanging', async () => {
    await expect(scryptLowPriority('password', randomBytes(16), 32, { N: 3, r: 8, p: 1, maxmem: COST.maxmem })).rejects.toThrow(/N|param|Invalid/i);
  });

  it.runIf(os.platform() === 'linux')('runs on threads at nice 5, the main thread left as it was', async () => {
    const before = os.getPriority();
    for (let i = 0; i < HASHING_THREADS; i++) expect(await hashingThreadPriority()).toBe(5);
    expect(os.getPriority()).toBe(before);
  });

  it('does not stop the event loop while hashing', async () => {
    // Counted in turns of the loop, not in milliseconds, so a busy machine does not decide it: a hash
    // on the main thread would let the loop turn once or twice before it is done.
    let turns = 0;
    let hashing = true;
    const turn = () => {
      if (!hashing) return;
      turns++;
      setImmediate(turn);
    };
    turn();
    await Promise.all([1, 2, 3, 4].map((i) => hashPassword(`a password of ten ${i}`)));
    hashing = false;
    expect(turns).toBeGreaterThan(20);
  });
});
