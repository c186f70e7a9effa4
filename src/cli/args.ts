import { usageError } from './cli-error';

/** A flag either takes a value (`--seed 7`, `--seed=7`) or is a switch (`--json`). */
export type FlagKind = 'value' | 'switch';

export interface CommandSpec {
  readonly flags: Readonly<Record<string, FlagKind>>;
  /** Whether the command takes names (files) besides its flags. */
  readonly takesNames: boolean;
}

export interface ParsedArgs {
  readonly values: ReadonlyMap<string, string>;
  readonly switches: ReadonlySet<string>;
  readonly names: readonly string[];
}

/**
 * Reads a command's arguments against its spec. Anything after `--` is a name, so a file whose
 * name starts with a dash can still be given.
 */
export function parseArgs(spec: CommandSpec, argv: readonly string[]): ParsedArgs {
  const values = new Map<string, string>();
  const switches = new Set<string>();
  const names: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] ?? '';
    if (token === '--') {
      names.push(...argv.slice(i + 1));
      break;
    }
    if (!token.startsWith('-') || token === '-') {
      names.push(token);
      continue;
    }
    const equals = token.indexOf('=');
    const flag = equals < 0 ? token : token.slice(0, equals);
    const name = flag.slice(2);
    const kind = flag.startsWith('--') && Object.hasOwn(spec.flags, name) ? spec.flags[name] : null;
    if (!kind) throw usageError(`unknown flag "${flag}"`);
    if (values.has(name) || switches.has(name)) throw usageError(`${flag} is given twice`);
    if (kind === 'switch') {
      if (equals >= 0) throw usageError(`${flag} takes no value`);
      switches.add(name);
      continue;
    }
    const value = equals < 0 ? argv[i + 1] : token.slice(equals + 1);
    // A flag right after a value-taking flag means its value was left out.
    if (value === undefined || value === '' || (equals < 0 && value.startsWith('--'))) {
      throw usageError(`${flag} needs a value`);
    }
    if (equals < 0) i++;
    values.set(name, value);
  }
  const [extra] = names;
  if (!spec.takesNames && extra !== undefined) throw usageError(`unexpected argument "${extra}"`);
  return { values, switches, names };
}

/** The value of a flag the command cannot do without. */
export function required(args: ParsedArgs, name: string, what: string): string {
  const value = args.values.get(name);
  if (value === undefined) throw usageError(`missing --${name} ${what}`);
  return value;
}
