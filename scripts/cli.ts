// The command-line parsing every `npm run` command shares: node:util parseArgs, `--help`/`-h` printing the
// command's usage, options and an example, a wrong option answered with one line and exit code 2, and
// `--content <dir>`, the content folder every command that reads a casebook takes.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SettingsError } from '../src/options.ts';
import { escapeForTerminal } from '../src/domain/text-policy.ts';

/** One option of a command, as parseArgs takes it, with what `--help` says about it. */
export interface CommandOption {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** Placeholder shown after a string option in `--help`, e.g. `<folder>`. */
  value?: string;
  /** One line saying what the option does. */
  description: string;
}

/** What a command accepts and how `--help` describes it. */
export interface Command {
  /** The `npm run` script name, e.g. `new`. */
  name: string;
  /** The usage line after `npm run <name>`, e.g. `-- <id> [--series <id>]`. */
  usage: string;
  /** One sentence or two: what the command does. */
  summary: string;
  options: Record<string, CommandOption>;
  /** Lines describing positional arguments or other notes, shown after the options. */
  notes?: string[];
  /** One runnable example. */
  example: string;
  /** Most positional arguments the command takes (0 by default). */
  positionals?: number;
  /** Arguments after `--` are handed on untouched (as `rest`) instead of refused. */
  passThrough?: boolean;
  /**
   * Takes the shared `--content <dir>` (the default): the content folder, as `CASEBOOK_CONTENT` names it.
   * False for a command that reads no existing casebook (`init` names its new folder as an argument).
   */
  content?: boolean;
}

/** The option every command that reads a casebook shares; {@link commandLine} hands it on as `CASEBOOK_CONTENT`. */
export const CONTENT_OPTION: CommandOption = {
  type: 'string',
  value: '<dir>',
  description: 'the content folder (casebook.yaml, cases/, series/, sources/), absolute or relative; same as CASEBOOK_CONTENT',
};

/** The command's own options with the shared ones it takes; its own description of one of them wins. */
const optionsOf = (command: Command): Record<string, CommandOption> => ({
  ...(command.content === false ? {} : { content: CONTENT_OPTION }),
  ...command.options,
});

/** The text `--help` prints for `command`. */
export function helpText(command: Command): string {
  const flags = Object.entries(optionsOf(command)).map(([name, option]) => {
    const left = `${option.short ? `-${option.short}, ` : '    '}--${name}${option.type === 'string' ? ` ${option.value ?? '<value>'}` : ''}`;
    return { left, description: option.description };
  });
  flags.push({ left: '-h, --help', description: 'print this help and exit' });
  const width = Math.max(...flags.map((flag) => flag.left.length)) + 3;
  return [
    `Usage: npm run ${command.name} ${command.usage}`.trimEnd(),
    '',
    command.summary,
    '',
    'Options:',
    ...flags.map((flag) => `  ${flag.left.padEnd(width)}${flag.description}`),
    ...(command.notes?.length ? ['', ...command.notes] : []),
    '',
    'Example:',
    `  ${command.example}`,
  ].join('\n');
}

/** Parsed arguments: option values, positionals, and (with `passThrough`) what followed `--`. */
export interface ParsedCommand {
  /** The value of a string option, if given (the last one, for a repeated option). */
  text(name: string): string | undefined;
  /** Every value of a repeated string option, in order (none: empty). */
  texts(name: string): string[];
  /** Whether a boolean option was given. */
  flag(name: string): boolean;
  positionals: string[];
  rest: string[];
}

/** Why the arguments are refused, or the help asked for: the caller prints `text` and exits with `code`. */
export class CommandLineExit extends Error {
  readonly text: string;
  readonly code: 0 | 2;
  constructor(text: string, code: 0 | 2) {
    super(text);
    this.text = text;
    this.code = code;
  }
}

/**
 * Parses `argv` for `command`. Throws {@link CommandLineExit} with the help
 * text (code 0) for `--help`/`-h`, or one line naming the wrong argument
 * (code 2) for an unknown option, a missing value or too many positionals.
 */
export function parseCommandLine(command: Command, argv: readonly string[]): ParsedCommand {
  // parseArgs refuses keys set to undefined, so only the ones an option has are passed on.
  const ownOptions = Object.entries(optionsOf(command)).map(([name, { type, short, multiple }]) => [name, { type, ...(short ? { short } : {}), ...(multiple ? { multiple } : {}) }]);
  const options = { ...Object.fromEntries(ownOptions), help: { type: 'boolean' as const, short: 'h' } };
  const cut = command.passThrough ? argv.indexOf('--') : -1;
  const own = cut >= 0 ? argv.slice(0, cut) : [...argv];
  const rest = cut >= 0 ? argv.slice(cut + 1) : [];
  const wrong = (problem: string) => new CommandLineExit(`npm run ${command.name}: ${problem}; see npm run ${command.name} -- --help`, 2);
  // Help wins over any other mistake on the line, so `--help` always answers.
  if (own.includes('--help') || own.includes('-h')) throw new CommandLineExit(helpText(command), 0);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: own, options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const named = /'([^']+)'/.exec((error as Error).message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw wrong(`unknown option ${named ?? ''}`.trim());
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw wrong((error as Error).message.split('\n')[0]!.replace(/\.$/, ''));
    throw error;
  }
  const allowed = command.positionals ?? 0;
  if (parsed.positionals.length > allowed) {
    const extra = parsed.positionals.slice(allowed).join(' ');
    throw wrong(allowed ? `unexpected argument ${extra}` : `takes no arguments, got ${extra}`);
  }
  const values = parsed.values as Record<string, string | string[] | boolean | undefined>;
  const texts = (name: string) => [values[name]].flat().filter((value): value is string => typeof value === 'string');
  return { text: (name) => texts(name).at(-1), texts, flag: (name) => values[name] === true, positionals: parsed.positionals, rest };
}

/**
 * A path the user typed, as an absolute path. A relative one is taken from the
 * folder the user ran the command in: npm runs scripts in the project folder
 * and says where the user was in `INIT_CWD`.
 */
export function userPath(typed: string, env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  return path.resolve(env.INIT_CWD || cwd, typed);
}

/**
 * The `CASEBOOK_CONTENT` that `--content <dir>` means: relative to the project
 * folder `root` when inside it (so messages name files as before), else absolute.
 */
export function contentSetting(typed: string, root: string, env: NodeJS.ProcessEnv = process.env): string {
  const absolute = userPath(typed, env, root);
  const inside = path.relative(root, absolute);
  return inside && !inside.startsWith('..') && !path.isAbsolute(inside) ? inside : absolute;
}

/**
 * {@link parseCommandLine} for a script's own process: prints the help and
 * exits 0, or prints the one-line problem and exits 2. `--content <dir>` is
 * set as `CASEBOOK_CONTENT` in this process's environment, so the options, and
 * every process the command starts (the build's Astro), read that folder.
 */
export function commandLine(command: Command, argv: readonly string[] = process.argv.slice(2)): ParsedCommand {
  try {
    const parsed = parseCommandLine(command, argv);
    const content = parsed.text('content');
    if (content !== undefined) {
      if (!content.trim()) throw new CommandLineExit(`npm run ${command.name}: --content needs a folder; see npm run ${command.name} -- --help`, 2);
      process.env.CASEBOOK_CONTENT = contentSetting(content, process.cwd());
    }
    return parsed;
  } catch (error) {
    if (!(error instanceof CommandLineExit)) throw error;
    if (error.code === 0) console.log(error.text);
    else console.error(error.text);
    process.exit(error.code);
  }
}

/** Prints a settings error (see {@link settingsOrExit}) and exits 1; false for any other error. */
function exitOnSettingsError(name: string, error: unknown): false {
  if (!(error instanceof SettingsError)) return false;
  console.error(`npm run ${name}: ${escapeForTerminal(error.message).replace(/\\u\{A\}/g, '\n')}`);
  process.exit(1);
}

// A module that reads a setting while it is imported (the site's settings are read on first use, and some modules
// use them at once) fails before any command's own code runs: such an error is still one message, never a stack.
// Scripts import this module first, so this is in place before the others are evaluated.
process.on('uncaughtException', (error) => {
  if (exitOnSettingsError(path.basename(process.argv[1] ?? 'casebook', '.ts'), error)) return;
  throw error;
});

/**
 * Runs `read` (reading the settings of the environment, such as `optionsFromEnv`); a setting that cannot be used
 * is printed as one line per problem, escaped so no setting can act on the terminal, and the process exits 1.
 * A setting is the user's to fix: its message says which and how, and a stack trace would only hide it.
 */
export function settingsOrExit<T>(name: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    exitOnSettingsError(name, error);
    throw error;
  }
}
