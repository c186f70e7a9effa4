import { randomInt } from 'node:crypto';
import { createInterface } from 'node:readline';
import { runAgent } from './agent';
import { runCli } from './run';
import { registerScenarioFiles } from './scenario-files';

// A reader that stops early (`| head`) closes the pipe; that is not an error worth a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

// The built-in scenarios, current and archived (for saves of earlier releases), are data files.
registerScenarioFiles();

const argv = process.argv.slice(2);
if (argv[0] === 'play' && argv.includes('--agent')) {
  // An outside program plays: a line in, a line out, as the game goes.
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  const { exitCode, failure } = await runAgent(
    argv.slice(1),
    lines,
    (line) => process.stdout.write(`${line}\n`),
    () => randomInt(0, 2 ** 32),
  );
  lines.close();
  if (failure !== null) process.stderr.write(`sim: play: ${failure}\n`);
  process.exitCode = exitCode;
} else {
  const { stdout, stderr, exitCode } = runCli(argv);
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = exitCode;
}
