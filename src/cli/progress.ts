/**
 * Import progress for people: a progress bar on a terminal, plain lines otherwise (CI logs, pipes),
 * and the summary printed at the end.
 */
import cliProgress from 'cli-progress';
import type { ImportProgress, ImportSummary } from '../graph/import.ts';

/** Receives progress events; `stop` ends the bar (call it before printing anything else). */
export interface ProgressReporter {
  update(progress: ImportProgress): void;
  stop(): void;
}

/** Where progress goes and whether it is a terminal. */
export interface ProgressOptions {
  stream: NodeJS.WriteStream;
  tty: boolean;
}

/** Progress on stderr, as a bar when stderr is a terminal. */
export const DEFAULT_PROGRESS_OPTIONS: ProgressOptions = {
  stream: process.stderr,
  tty: process.stderr.isTTY === true,
};

function barReporter(stream: NodeJS.WriteStream): ProgressReporter {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'importing {bar} {value}/{total} articles | {file}',
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(p) {
      if (!started) bar.start(p.total, 0, { file: '' });
      started = true;
      bar.update(p.done, { file: p.file.length > 60 ? `…${p.file.slice(-59)}` : p.file });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

// Without a terminal, one line per file for small runs; for big runs every 5% (and every skip).
function lineReporter(stream: NodeJS.WriteStream): ProgressReporter {
  let lastPercent = -1;
  return {
    update(p) {
      const percent = Math.floor((p.done / Math.max(1, p.total)) * 20) * 5;
      if (p.total <= 100 || p.outcome === 'skipped' || percent !== lastPercent || p.done === p.total) {
        stream.write(`[${p.done}/${p.total}] ${p.outcome} ${p.file}\n`);
      }
      lastPercent = percent;
    },
    stop: () => undefined,
  };
}

/** A reporter for the given stream: a bar on a TTY, plain lines otherwise. */
export function createProgressReporter(
  options: ProgressOptions = DEFAULT_PROGRESS_OPTIONS,
): ProgressReporter {
  return options.tty ? barReporter(options.stream) : lineReporter(options.stream);
}

/** The end-of-run summary, one fact per line, skipped files listed with their reasons. */
export function formatSummary(s: ImportSummary): string {
  const lines = [
    `Imported ${s.imported} new and ${s.replaced} changed article(s); ${s.unchanged} unchanged; ${s.skipped.length} skipped (of ${s.files} input(s)) in ${(s.durationMs / 1000).toFixed(1)} s.`,
    `Entities: ${s.created} new (${s.personsCreated} people), ${s.updated} updated; ${s.events} event(s), ${s.meetings} MET edge(s) written.`,
  ];
  if (s.skipped.length > 0) {
    lines.push('Skipped:');
    for (const skip of s.skipped) lines.push(`  ${skip.file} [${skip.code}]: ${skip.reason}`);
  }
  return lines.join('\n');
}
