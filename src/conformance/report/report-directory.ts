import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Raised when the report directory cannot be created or written. The message names the path and the fix. */
export class ReportDirectoryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportDirectoryError';
  }
}

/**
 * Creates the report directory and checks that it is writable, so that a bad --report-dir fails
 * before any clause runs instead of after the whole run.
 *
 * The directories are created one level at a time because Node's recursive mkdir (seen on Node 20.20)
 * loops forever under /proc, where creating any entry fails with ENOENT.
 *
 * @throws ReportDirectoryError naming the path that is a file or cannot be created or written
 */
export function prepareReportDirectory(directory: string): void {
  const absolute = resolve(directory);

  for (const path of pathsFromRoot(absolute)) {
    createDirectoryLevel(directory, path);
  }

  checkWritable(directory, absolute);
}

/** Lists `path` and its ancestors below the file system root, outermost first. */
function pathsFromRoot(path: string): string[] {
  const paths: string[] = [];

  for (let current = path; dirname(current) !== current; current = dirname(current)) {
    paths.unshift(current);
  }

  return paths;
}

function createDirectoryLevel(directory: string, path: string): void {
  try {
    mkdirSync(path);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST' && code !== 'EISDIR') {
      throw new ReportDirectoryError(
        `--report-dir ${directory} cannot be created: ${(error as Error).message}. Choose a directory you can write to.`,
      );
    }
  }

  if (!statSync(path).isDirectory()) {
    throw new ReportDirectoryError(
      `--report-dir ${directory} cannot be used: ${path} is a file, not a directory. Choose another --report-dir.`,
    );
  }
}

function checkWritable(directory: string, absolute: string): void {
  const probe = join(absolute, `.alb-conformance-write-check-${process.pid}`);

  try {
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
  } catch (error) {
    throw new ReportDirectoryError(
      `--report-dir ${directory} is not writable: ${(error as Error).message}. Choose a directory you can write to.`,
    );
  }
}
