// Command-line entry: `npm run --silent cli -- <command> ...`.
import { runCheck } from './check-command';
import { runUser } from './user-command';

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  check: runCheck,
  import: async (argv) => (await import('./import-command')).runImport(argv),
  render: async (argv) => (await import('./render-command')).runRender(argv),
  user: runUser,
};

async function main(): Promise<number> {
  const [name, ...rest] = process.argv.slice(2);
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`用法：cli <${Object.keys(COMMANDS).join('|')}> ...\n`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
}

// Exit once stdout is flushed: process.exit cuts a piped output short after 64 KB.
main().then((code) => process.stdout.write('', () => process.exit(code)));
