import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Peak resident memory of a process, from Linux's /proc: VmHWM is the high-water mark of VmRSS,
 * kept by the kernel, so no sampling can miss a spike. Writing 5 to clear_refs resets it
 * (proc(5), Linux >= 4.0), which lets one process be measured size by size.
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
