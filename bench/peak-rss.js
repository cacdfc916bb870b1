'use strict';
// Preloaded (-r) into a measured child process: writes its peak resident memory, in bytes, to the
// file named by BENCH_PEAK_RSS_FILE when it exits (also through process.exit). On Linux it reads
// VmHWM from /proc/self/status: getrusage's maxRSS survives execve, so in a child it can report
// the parent's resident memory at the time of the fork instead of the child's own peak.
const fs = require('node:fs');
const file = process.env.BENCH_PEAK_RSS_FILE;

function peakBytes() {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]) * 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS * 1024;
}

if (file) {
  process.on('exit', () => {
    try {
      fs.writeFileSync(file, String(peakBytes()));
    } catch {
      // nothing to report to
    }
  });
}
