import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';
import { runCli } from '../../src/cli/run';
import {
  COMPROMISE,
  RUSSIA_GIVES_EVERYTHING,
  UKRAINE_GIVES_EVERYTHING,
} from '../canonical-packages';

const root = resolve(import.meta.dirname, '../..');
const main = join(root, 'src/cli/main.ts');
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Spawning the real command line takes about half a second; tests give it ample room. */
export const SIM_TIMEOUT = 60_000;

export interface SimRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

/** Runs `npm run sim -- …` as a child process in `cwd`, as a teacher or CI would. */
export function sim(cwd: string, ...args: string[]): Promise<SimRun> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', tsx, main, ...args],
      { cwd, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        done({ stdout, stderr, code });
      },
    );
  });
}

/**
 * Runs the same command line in this test process, in `cwd`: the code `sim` runs, without the
 * second or two a child process takes to start. For the many cases that test what a command says,
 * not how the process prints it (which `sim` tests). The test pool runs each file in a process of
 * its own, where changing folder is allowed; runCli is synchronous, so no other test runs meanwhile.
 */
export function simInProcess(cwd: string, ...args: string[]): SimRun {
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const { stdout, stderr, exitCode } = runCli(args);
    return { stdout, stderr, code: exitCode };
  } finally {
    process.chdir(before);
  }
}

/** A fresh folder for the files a test writes, and its removal. */
export function tempDir(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'mediator-sim-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** The built-in scenario's file as plain data, to write modified copies of. */
export function builtInScenarioData(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(root, 'assets/scenarios/alaska-2025.json'), 'utf8'));
}

/** A failed run has the given status, one line on stderr naming the command, and no stack trace. */
export function expectFailure(run: SimRun, code: 1 | 2): string {
  expect(run.stderr).not.toMatch(/^\s+at /m);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^sim: /);
  expect(run.code).toBe(code);
  return lines[0] ?? '';
}

/** The canonical packages of SCENARIO.md. */
export const CANONICAL = {
  compromise: COMPROMISE,
  ukraineGivesEverything: UKRAINE_GIVES_EVERYTHING,
  russiaGivesEverything: RUSSIA_GIVES_EVERYTHING,
} as const;
