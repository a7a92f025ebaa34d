/**
 * `evidence-graph token --user ID --role ROLE [--expires 1h]`: prints a
 * development JWT (HS256, signed with JWT_SECRET, carrying JWT_ISSUER and
 * JWT_AUDIENCE when set) for use as `Authorization: Bearer <token>`.
 */
import { ConfigError, loadConfig } from '../config.js';
import { signDevToken } from '../auth/jwt.js';
import { isRole, ROLES } from '../domain/roles.js';

export const TOKEN_USAGE = `  token                  print a development token: --user ID --role ${ROLES.join('|')}
                         [--expires 1h] (signed with JWT_SECRET)`;

const EXPIRES = /^\d+\s?(s|sec|secs|m|min|mins|h|hr|hrs|d|day|days|w|week|weeks)$/;

function parseArgs(argv: string[]): { user: string; role: string; expires: string } {
  const args = { user: '', role: 'reader', expires: '1h' };
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i] as string;
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
    if (flag === '--user') args.user = value;
    else if (flag === '--role') args.role = value;
    else if (flag === '--expires') args.expires = value;
    else throw new Error(`unknown option "${flag}"`);
  }
  if (!args.user) throw new Error('--user ID is required');
  if (!isRole(args.role)) {
    throw new Error(`--role must be one of ${ROLES.join(', ')}; got "${args.role}"`);
  }
  if (!EXPIRES.test(args.expires)) {
    throw new Error(`--expires must be a time span such as 30m, 1h or 7d; got "${args.expires}"`);
  }
  return args;
}

/** Prints the token on stdout; exits non-zero with a message when JWT_SECRET is unset. */
export async function tokenCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const { auth } = loadConfig();
  if (!auth.jwtSecret) {
    throw new ConfigError(
      'the token command needs JWT_SECRET (at least 32 characters) to sign with; set it to the same value the server uses',
    );
  }
  const role = args.role as (typeof ROLES)[number];
  console.log(await signDevToken(auth.jwtSecret, args.user, role, args.expires, auth));
  return 0;
}
