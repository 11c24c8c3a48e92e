#!/usr/bin/env node
// `npm run build`: one build at a time per output folder; builds into a fresh folder and swaps it in only when
// the build succeeded and the new site is complete, so a failed or stopped build never leaves a half-written
// site where the last good one was (src/publish/run-build.ts).
// Usage: npm run build [-- --outDir <folder>] [-- <astro build options>] (default dist).
// cli.ts first: it is in place before the modules below are evaluated (see its uncaughtException handler).
import { commandLine, settingsOrExit } from './cli.ts';
import { runBuild } from '../src/publish/run-build.ts';
import { optionsFromEnv, reportVolumeFromEnv, siteUrlFromEnv } from '../src/options.ts';

const { text, rest } = commandLine({
  name: 'build',
  usage: '[-- --outDir <folder>] [-- <astro build options>]',
  summary: [
    'Builds the site into a fresh folder beside the output folder, checks that it is complete, and only then',
    'swaps it in; a failed or stopped build leaves the last good site in place. One build at a time per folder.',
  ].join('\n'),
  options: {
    outDir: { type: 'string', value: '<folder>', description: 'output folder (default dist)' },
  },
  notes: [
    'Options after a second -- go to astro build unchanged (e.g. -- --verbose).',
    'Settings come from the environment (CASEBOOK_CONTENT, CASEBOOK_REPORTS=off, …): see docs/operators/settings.md.',
    '--content <dir> sets CASEBOOK_CONTENT for the whole build.',
  ],
  example: 'CASEBOOK_REPORTS=off npm run build -- --content ../my-casebook --outDir dist',
  passThrough: true,
});

// A setting that cannot be used stops the build here, in one line naming it, before Astro starts (it would fail
// inside its configuration with a stack trace that does not name the setting).
settingsOrExit('build', () => [optionsFromEnv(process.cwd()), siteUrlFromEnv(), reportVolumeFromEnv()]);

// exitCode, not exit(): the last lines of the build's output are written before the process ends.
process.exitCode = await runBuild([...(text('outDir') ? ['--outDir', text('outDir')!] : []), ...rest], process.cwd());
