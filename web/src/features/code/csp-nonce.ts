/**
 * The style nonce the server put in this page's Content-Security-Policy (and in a meta tag), for the
 * one <style> element the code editor inserts. Empty when the page came from somewhere else (vite dev).
 */
export function cspStyleNonce(): string {
  return document.querySelector('meta[name="csp-nonce"]')?.getAttribute('content') ?? '';
}
