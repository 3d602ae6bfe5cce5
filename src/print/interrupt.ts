/**
 * Ctrl+C, SIGTERM and SIGHUP while a build runs: whatever the build has
 * started is undone at once — the print browser killed, its temporary
 * folders removed — and the process ends with the usual code (130, 143,
 * 129). Scopes nest: the build registers its folders, the print step its
 * browser; the latest is undone first. Outside a scope Node's defaults apply.
 */
import { constants } from "node:os";

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
const undo: Array<() => void> = [];

function onSignal(signal: NodeJS.Signals): void {
  for (const step of undo.splice(0).reverse()) {
    try {
      step();
    } catch {
      // Undo what can be undone; the process ends either way.
    }
  }
  process.exit(128 + (constants.signals[signal] ?? 0));
}

/** Runs `work`; if the process is interrupted meanwhile, runs `cleanup` (synchronously) and exits. */
export async function interruptible<T>(cleanup: () => void, work: () => Promise<T>): Promise<T> {
  if (undo.length === 0) for (const s of SIGNALS) process.on(s, onSignal);
  undo.push(cleanup);
  try {
    return await work();
  } finally {
    const i = undo.lastIndexOf(cleanup);
    if (i >= 0) undo.splice(i, 1);
    if (undo.length === 0) for (const s of SIGNALS) process.off(s, onSignal);
  }
}
