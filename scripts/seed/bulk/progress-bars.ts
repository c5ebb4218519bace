/** Terminal progress of a bulk load: one bar per content type (cli-progress), rows/s as it goes. */
import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import type { BulkLoadReport, BulkProgress } from './types';

const shortName = (uid: string) => uid.slice(uid.lastIndexOf('.') + 1);

export const createProgressBars = () => {
  const bars = new MultiBar(
    {
      format:
        ' {type} |{bar}| {percentage}% | {value}/{total} records | {rows} rows | {rate} rows/s',
      hideCursor: true,
      clearOnComplete: false,
      stopOnComplete: false,
      // Without a TTY (CI logs) print a line now and then instead of redrawing.
      noTTYOutput: true,
      notTTYSchedule: 5_000,
    },
    Presets.shades_classic,
  );
  const byUid = new Map<string, SingleBar>();
  return {
    onProgress(progress: BulkProgress) {
      let bar = byUid.get(progress.uid);
      if (!bar) {
        bar = bars.create(progress.total, 0, {
          type: shortName(progress.uid).padEnd(20),
          rows: 0,
          rate: 0,
        });
        byUid.set(progress.uid, bar);
      }
      bar.update(progress.records, {
        rows: progress.rows,
        rate: Math.round((progress.rows * 1000) / Math.max(1, progress.milliseconds)),
      });
    },
    stop: () => bars.stop(),
  };
};

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** The summary printed after a load: per type and overall rows/s, and the peak memory. */
export const formatBulkReport = (report: BulkLoadReport): string => {
  const lines = Object.entries(report.types).map(([uid, type]) => {
    const rate = Math.round((type.rows * 1000) / Math.max(1, type.milliseconds));
    return `  ${shortName(uid).padEnd(20)} ${String(type.records).padStart(9)} records ${String(type.rows).padStart(10)} rows ${(type.milliseconds / 1000).toFixed(1).padStart(7)} s ${String(rate).padStart(9)} rows/s`;
  });
  const recordRate = Math.round((report.records * 1000) / Math.max(1, report.milliseconds));
  return [
    ...lines,
    `  ${'total'.padEnd(20)} ${String(report.records).padStart(9)} records ${String(report.rows).padStart(10)} rows ${(report.milliseconds / 1000).toFixed(1).padStart(7)} s ${String(report.rowsPerSecond).padStart(9)} rows/s (${recordRate} records/s)`,
    `  peak memory (RSS): ${megabytes(report.peakRssBytes)}`,
  ].join('\n');
};
