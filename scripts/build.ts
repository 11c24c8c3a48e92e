#!/usr/bin/env node
// `npm run build`: one build at a time per output folder; builds into a fresh folder and swaps it in only when
// the build succeeded and the new site is complete, so a failed or stopped build never leaves a half-written
// site where the last good one was (src/publish/run-build.ts).
// Usage: npm run build [-- --outDir <folder>] (default dist).
import { runBuild } from '../src/publish/run-build.ts';

// exitCode, not exit(): the last lines of the build's output are written before the process ends.
process.exitCode = await runBuild(process.argv.slice(2), process.cwd());
