/**
 * A process's own peak memory, printed on its way out (`peak-kb=…`) by a hook
 * given to it with `node --import`: VmHWM from /proc/self/status, the high
 * water of the memory its program mapped since it started. Not
 * process.resourceUsage().maxRSS: Linux carries that over from the parent
 * through fork and exec, so a child of a large process (the bench, after
 * importing 50 MB of photos) would be charged with its parent's size.
 */
export const PEAK_HOOK =
  "data:text/javascript," +
  encodeURIComponent(
    'process.on("exit",()=>{const s=process.getBuiltinModule("fs").readFileSync("/proc/self/status","utf8");' +
      'process.stderr.write("peak-kb="+(/VmHWM:\\s+(\\d+)/.exec(s)?.[1]??0)+"\\n")})',
  );

/** The peak the hook printed, in megabytes; NaN when it printed none. */
export const peakMegabytes = (stderr: string): number => Number(/peak-kb=(\d+)/.exec(stderr)?.[1]) / 1024;
