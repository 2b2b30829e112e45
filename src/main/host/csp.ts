/** One policy for both shells: only the app's own scripts, no remote anything. */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  // Mantine sets inline style attributes; no inline script is allowed.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** For the `<meta>` tag in the built page (frame-ancestors is ignored there). */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** For the web host's response header, which can also forbid framing. */
export const CONTENT_SECURITY_POLICY_HEADER = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');
