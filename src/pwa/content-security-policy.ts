/**
 * The Content-Security-Policy the built game ships with: everything from its own folder, no
 * inline script or style, no eval, nothing from another origin. Images may also come from
 * `data:` and `blob:` URLs, which Phaser makes from the map and the canvas. A school's host may
 * send a stricter or equal policy as a header; the game needs no more than this.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
