/**
 * Where an image that a content file names lives: a path relative to that
 * file, resolved to a display path (relative to the working folder, forward
 * slashes) — the key validation, the media stage and the renderer share.
 */
import { dirname, join, normalize } from "node:path/posix";

/** A web address (https:, data:, //host) rather than a file beside the content. */
export const isRemote = (src: string): boolean => /^[a-z][\w+.-]*:|^\/\//i.test(src);

function decode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** The file `src` names, seen from the content file `from`; undefined for a web address. */
export const resolveImagePath = (from: string, src: string): string | undefined =>
  isRemote(src) ? undefined : normalize(join(dirname(from), decode(src.replace(/[?#].*$/, ""))));
