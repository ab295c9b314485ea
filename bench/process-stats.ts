import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Peak resident memory and CPU time of a process, from Linux's /proc. VmHWM is the high-water
 * mark of VmRSS, kept by the kernel, so no sampling can miss a spike; writing 5 to clear_refs
 * resets it (proc(5), Linux >= 4.0), which lets one process be measured size by size.
 */
export function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Peak RSS in bytes since start or the last reset; null where /proc is not there. */
export function peakRssBytes(pid: number): number | null {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

// USER_HZ: /proc reports CPU time in clock ticks, 100 per second on every Linux ABI Node runs on.
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user + system) a process has used since it started; null where /proc is not
 * there. Unlike throughput, it hardly moves when neighbours load the machine, so CPU per request
 * is the steadiest way to compare two gateways here.
 */
export function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at field 3; utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}
