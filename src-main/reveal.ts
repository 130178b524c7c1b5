/**
 * "Mở thư mục" shows a file or folder in the file manager — only the app's own places: the backup
 * folder (and what is inside it) and the files the user saved through the save dialog in this
 * session. Anything else (another folder, a UNC share, a relative path, an executable the renderer
 * names) is refused.
 */
import { isAbsolute, relative, resolve } from 'node:path';

export interface RevealPolicy {
  /** Folders whose contents may be shown (the backup folder). */
  folders: readonly string[];
  /** Exact files saved in this session. */
  savedFiles: ReadonlySet<string>;
}

function isUnc(path: string): boolean {
  return /^[\\/]{2}/u.test(path);
}

export function isRevealAllowed(path: string, policy: RevealPolicy): boolean {
  if (path.includes('\0') || isUnc(path) || !isAbsolute(path)) return false;
  const target = resolve(path);
  if (policy.savedFiles.has(target)) return true;
  return policy.folders.some((folder) => {
    if (!folder || isUnc(folder)) return false;
    const rel = relative(resolve(folder), target);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  });
}
