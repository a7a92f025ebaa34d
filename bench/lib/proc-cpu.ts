/**
 * CPU time a process has used so far (user + system, /proc/<pid>/stat fields 14 and 15), in
 * ms. Read around a fixed load, the difference per request says where the machine's cores went:
 * on two shared cores that is steadier than requests per second, and it separates a server's
 * own work from the database's. Linux only, as every benchmark here is.
 */
import { readFileSync } from 'node:fs';

const USER_HZ = 100;

export function cpuMs(pid: number): number {
  // The command name (field 2) may hold spaces; the fields after it are split from ') '.
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / USER_HZ;
}
