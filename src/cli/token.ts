/**
 * `evidence-graph token --user ID --role ROLE [--expires 1h]`: prints a
 * development JWT (HS256, signed with JWT_SECRET, carrying JWT_ISSUER and
 * JWT_AUDIENCE when set) for use as `Authorization: Bearer <token>`.
 */
import { ConfigError, loadConfig } from '../config.js';
import { signDevToken } from '../auth/jwt.js';
import type { Role } from '../domain/roles.js';

/** The options of `token`, checked and defaulted by the parser (src/cli/program.ts). */
export interface TokenCliOptions {
  user: string;
  role: Role;
  expires: string;
}

/** Prints the token on stdout; exits non-zero with a message when JWT_SECRET is unset. */
export async function tokenCommand(opts: TokenCliOptions): Promise<number> {
  const { auth } = loadConfig();
  if (!auth.jwtSecret) {
    throw new ConfigError(
      'the token command needs JWT_SECRET (at least 32 characters) to sign with; set it to the same value the server uses',
    );
  }
  console.log(await signDevToken(auth.jwtSecret, opts.user, opts.role, opts.expires, auth));
  return 0;
}
