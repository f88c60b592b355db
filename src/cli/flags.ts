/** A tiny flag parser: `--name value` and `--name=value` for the names a command accepts, the rest positional. */
export interface Flags {
  readonly positional: string[];
  readonly values: Record<string, string | undefined>;
  readonly error?: string;
}

export function parseFlags(argv: readonly string[], names: readonly string[], booleans: readonly string[] = []): Flags {
  const positional: string[] = [];
  const values: Record<string, string | undefined> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (booleans.includes(name)) {
      values[name] = 'true';
    } else if (names.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) return { positional, values, error: `--${name} needs a value.` };
      values[name] = value;
    } else {
      return { positional, values, error: `Unknown option --${name}.` };
    }
  }
  return { positional, values };
}
