/** Reports how far a long piece of work is. @since 0.1.0 @category output */
export interface Progress {
  /** `total` undefined: the end is not known in advance; a count is shown instead of a bar. */
  readonly update: (done: number, total?: number) => void
  /** Clears the bar, leaving the terminal as it was. */
  readonly finish: () => void
}

/** For redirected output and short work: draws nothing. @since 0.1.0 @category output */
export const silentProgress: Progress = { update: () => {}, finish: () => {} }

const WIDTH = 30
// Work that ends within this time is not worth a flicker on the screen.
const SHOW_AFTER_MS = 300
// Redrawing more often than this only costs time.
const REDRAW_EVERY_MS = 100

/**
 * A one-line progress bar on a terminal's stderr, redrawn in place with a
 * carriage return. It appears only once the work has taken a moment, so
 * quick commands print nothing extra.
 *
 * @since 0.1.0
 * @category output
 */
export const progressBar = (label: string, write: (text: string) => void, clock: () => number = () => performance.now()): Progress => {
  const started = clock()
  let lastDrawn = -Infinity
  let drawn = false
  return {
    update: (done, total) => {
      const now = clock()
      if (now - started < SHOW_AFTER_MS || now - lastDrawn < REDRAW_EVERY_MS) return
      lastDrawn = now
      drawn = true
      const count = total === undefined ? `${done.toLocaleString('en-US')}` : `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`
      if (total === undefined || total === 0) return write(`\r${label} ${count}\x1b[K`)
      const filled = Math.min(WIDTH, Math.round((WIDTH * done) / total))
      write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${Math.floor((100 * done) / total)}% ${count}\x1b[K`)
    },
    finish: () => {
      if (drawn) write('\r\x1b[K')
    },
  }
}
