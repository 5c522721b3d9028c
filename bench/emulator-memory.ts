// Child process of the benchmarks, run with --expose-gc. It loads a large seed into the emulator and
// reports its port over IPC. When the parent sends "measure" after its requests, it measures its
// memory after garbage collection. The client runs in the parent, so it adds nothing to these figures.
import { loadSeed, startEmulator } from '../src/emulator/index.js';

import { buildBenchSeed } from './bench-seed.js';

const listeners = Number(process.argv[2] ?? '10000');
const associationsPerListener = Number(process.argv[3] ?? '10');

/** Idle time before the second measurement, in milliseconds. */
const idleSettleMs = 10_000;

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) {
    throw new Error('Run this script with node --expose-gc so that memory is measured after garbage collection.');
  }
  gc();
  gc();
}

collectGarbage();
const baselineRssBytes = process.memoryUsage().rss;

// Validate the seed as a seed file would be, then let the text and the object go.
const seedText = JSON.stringify(buildBenchSeed({ listeners, associationsPerListener, freeCertificatesPerListener: 0 }));
const emulator = await startEmulator({ seed: loadSeed(seedText, 'json'), logger: false });
process.send?.({ port: emulator.port });

process.on('message', (message) => {
  if (message !== 'measure') {
    return;
  }

  collectGarbage();
  const afterLoad = process.memoryUsage();

  // V8 returns the young generation's pages only after the process has been idle for a while,
  // so the steady state of an idle emulator is measured again after a pause.
  setTimeout(() => {
    collectGarbage();
    const settled = process.memoryUsage();

    process.send?.({
      listeners,
      associations: listeners * associationsPerListener,
      baselineRssBytes,
      rssAfterLoadBytes: afterLoad.rss,
      heapUsedAfterLoadBytes: afterLoad.heapUsed,
      idleSettleMs,
      rssSettledBytes: settled.rss,
      heapUsedSettledBytes: settled.heapUsed,
    });
    void emulator.close().then(() => process.exit(0));
  }, idleSettleMs);
});
