import { EXIT_OK, EXIT_USAGE, processIo, UsageError, type CliIo, type Command } from './io';
import { exportCommand } from './export';
import { parseCommand } from './parse';
import { seedCommand } from './seed';

/**
 * The commands of the `newsroom` binary. To add one, write it in its own file exporting a
 * `Command` and list it here (e.g. `seed: seedCommand` from './seed').
 */
export const COMMANDS: Record<string, Command> = {
  parse: parseCommand,
  seed: seedCommand,
  export: exportCommand,
};

function usage(): string {
  const names = Object.keys(COMMANDS);
  const width = Math.max(...names.map((name) => name.length)) + 2;
  const list = names.map((name) => `  ${name.padEnd(width)}${COMMANDS[name].summary}`).join('\n');
  return `Usage: newsroom <command> [options]

Commands:
${list}

Run "newsroom <command> --help" for a command's options.`;
}

function findCommand(name: string): Command | undefined {
  return Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
}

/** Runs the CLI; resolves to the process exit code (0 ok, 1 failures, 2 bad usage). */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.stderr.write(`${usage()}\n`);
    return EXIT_USAGE;
  }
  if (name === 'help' || name === '--help' || name === '-h') {
    const command = args[0] === undefined ? undefined : findCommand(args[0]);
    io.stdout.write(`${command ? command.usage : usage()}\n`);
    return EXIT_OK;
  }
  const command = findCommand(name);
  if (!command) {
    io.stderr.write(
      `newsroom: unknown command "${name}". Run "newsroom --help" to see the commands.\n`
    );
    return EXIT_USAGE;
  }
  try {
    return await command.run(args, io);
  } catch (caught) {
    if (caught instanceof UsageError) {
      io.stderr.write(`newsroom ${name}: ${caught.message}\n`);
      return EXIT_USAGE;
    }
    throw caught;
  }
}

export type { CliIo, Command } from './io';
