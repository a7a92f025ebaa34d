/** Tests start their own services on free loopback ports. */
export { freePort } from '../../src/db/ports.js';
