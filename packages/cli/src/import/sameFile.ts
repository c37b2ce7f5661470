// Whether two paths name one file: through symbolic links, `..` and hard
// links alike, so that a rejects file can never be written over the file
// being imported or the store.
import { realpathSync, statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'

// The real path of a file that may not exist yet: its directory's real path and its name.
const realPathOf = (path: string): string => {
  try {
    return realpathSync(path)
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path))
    } catch {
      return resolve(path)
    }
  }
}

const identityOf = (path: string): string | undefined => {
  try {
    const s = statSync(path)
    return `${s.dev}:${s.ino}`
  } catch {
    return undefined
  }
}

/** Whether `a` and `b` (absolute paths) are the same file, or would be once created. @internal */
export const sameFile = (a: string, b: string): boolean => {
  if (realPathOf(a) === realPathOf(b)) return true
  const [ia, ib] = [identityOf(a), identityOf(b)]
  return ia !== undefined && ia === ib
}
