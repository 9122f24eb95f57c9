/**
 * The JavaScript that runs next to a submission (inside QuickJS, and inside node:vm for the reference
 * solution). It is evaluated before the submission, so it captures the pristine built-ins it needs;
 * whatever the submission patches afterwards only changes the submission's own result, which is
 * serialized here and compared outside.
 *
 * It evaluates to `function (hostWrite, restrictions) -> { prepare, invoke, serialize, describe }`.
 */
export const JS_HARNESS_SOURCE = String.raw`(function (hostWrite, restrictions) {
  'use strict';
  const parse = JSON.parse;
  const stringify = JSON.stringify;
  const apply = Reflect.apply;
  const construct = Reflect.construct;
  const toText = String;
  const defineProperty = Object.defineProperty;
  const sliceText = String.prototype.slice;
  // Messages leave QuickJS cut to this many characters: a 60 MB message never crosses to the host.
  const short = function (value, chars) {
    return apply(sliceText, toText(value), [0, chars]);
  };

  function format(value) {
    if (typeof value === 'string') return value;
    try {
      const text = stringify(value);
      return text === undefined ? toText(value) : text;
    } catch (error) {
      return '[unprintable value]';
    }
  }
  function log() {
    let line = '';
    for (let i = 0; i < arguments.length; i++) line += (i > 0 ? ' ' : '') + format(arguments[i]);
    hostWrite(line + '\n');
  }
  globalThis.console = { log: log, info: log, warn: log, error: log, debug: log, trace: log };
  // esbuild's CommonJS output assigns module.exports when a solution uses export.
  globalThis.module = { exports: {} };
  globalThis.exports = globalThis.module.exports;

  if (restrictions.indexOf('no-builtin-sort') >= 0) {
    const typedArrayPrototype = Object.getPrototypeOf(Int8Array.prototype);
    const targets = [[Array.prototype, 'Array.prototype'], [typedArrayPrototype, 'TypedArray.prototype']];
    for (const [proto, label] of targets) {
      for (const method of ['sort', 'toSorted']) {
        if (!(method in proto)) continue;
        const name = label + '.' + method + '()';
        const banned = function () {
          throw new TypeError(name + ' is not available in this problem: implement the sort yourself');
        };
        defineProperty(proto, method, { value: banned, writable: false, enumerable: false, configurable: false });
      }
    }
  }

  return {
    prepare: function (inputJson) {
      return parse(inputJson);
    },
    invoke: function (kind, entry, name, input) {
      if (kind === 'function') return apply(entry, undefined, input.args);
      const ops = input.ops;
      const args = input.args;
      const out = [null];
      const instance = construct(entry, args[0]);
      for (let i = 1; i < ops.length; i++) {
        const method = instance[ops[i]];
        if (typeof method !== 'function') throw new TypeError(name + '.' + ops[i] + ' is not a method');
        const value = apply(method, instance, args[i]);
        out[i] = value === undefined ? null : value;
      }
      return out;
    },
    serialize: function (value) {
      const text = stringify(value === undefined ? null : value);
      return text === undefined ? 'null' : text;
    },
    // [name, message, stack] as an array literal, read by the worker one string at a time: nothing
    // here depends on JSON or on array methods the submission may have replaced.
    describe: function (error) {
      try {
        if (error !== null && typeof error === 'object') {
          const stack = error.stack;
          return [short(error.name, 100), short(error.message, 2001), typeof stack === 'string' ? short(stack, 16384) : ''];
        }
        return ['Uncaught', short(error, 2001), ''];
      } catch (failure) {
        return ['Error', 'an exception that could not be described', ''];
      }
    },
  };
})`;
