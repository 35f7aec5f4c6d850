// This process's peak RSS in KiB. On Linux getrusage's maxRSS also counts the parent's memory
// inherited before exec (a bench parent holding the sandbox Twilio would set every child's
// figure), so the process's own high-water mark is read from /proc when there is one.
const { readFileSync } = require("node:fs");

function peakRssKB() {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (match) return Number(match[1]);
  } catch {}
  return process.resourceUsage().maxRSS;
}

module.exports = { peakRssKB };
