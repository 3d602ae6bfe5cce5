/**
 * Finds a Chromium-family browser to print with: CHROME_PATH first, then the
 * usual places on Linux, macOS and Windows. No npm package may download one
 * here, so the project relies on the system's browser (Debian's `chromium`).
 */
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

const LINUX_NAMES = [
  "chromium",
  "chromium-browser",
  "google-chrome",
  "google-chrome-stable",
  "microsoft-edge",
  "microsoft-edge-stable",
];
const FIXED_PATHS = [
  "/snap/bin/chromium",
  "/opt/google/chrome/chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
];
const WINDOWS_RELATIVE = [
  "Google\\Chrome\\Application\\chrome.exe",
  "Microsoft\\Edge\\Application\\msedge.exe",
  "Chromium\\Application\\chrome.exe",
];

function executable(path: string): boolean {
  try {
    accessSync(path, process.platform === "win32" ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Every place looked in, in order — also what the error message lists. */
export function browserCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const fromPath = (env.PATH ?? "")
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => LINUX_NAMES.map((n) => join(dir, n)));
  const windowsRoots = [env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env.LOCALAPPDATA].filter((r): r is string =>
    Boolean(r),
  );
  const windows = windowsRoots.flatMap((root) => WINDOWS_RELATIVE.map((rel) => `${root}\\${rel}`));
  return [...(env.CHROME_PATH ? [env.CHROME_PATH] : []), ...fromPath, ...FIXED_PATHS, ...windows];
}

export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return browserCandidates(env).find(executable);
}
