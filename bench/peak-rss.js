'use strict';
// Preloaded (-r) into a measured child process: writes its peak resident memory, in bytes, to the
// file named by BENCH_PEAK_RSS_FILE when it exits (also through process.exit).
const fs = require('node:fs');
const file = process.env.BENCH_PEAK_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      fs.writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
    } catch {
      // nothing to report to
    }
  });
}
