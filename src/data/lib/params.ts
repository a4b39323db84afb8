// Reads a parameterized loader's route parameter (Framework passes it as --name=value).
export function routeParam(name: string): string {
  const prefix = `--${name}=`;
  const args = process.argv.slice(2);
  const inline = args.find((a) => a.startsWith(prefix));
  if (inline) return inline.slice(prefix.length);
  const at = args.indexOf(`--${name}`);
  if (at >= 0 && args[at + 1] !== undefined) return args[at + 1];
  throw new Error(`Missing --${name} parameter (got ${JSON.stringify(args)})`);
}
