// Types of engineFlags.js (plain JavaScript: the launcher uses it before any TypeScript runs).

/** V8 flags for running a compiled bundle, as Node's command line would take them. */
export const ENGINE_FLAGS: readonly string[];
/** Sets the engine flags that Node's own flags do not already set, once per thread; returns those it set. */
export function applyEngineFlags(execArgv?: readonly string[], nodeOptions?: string): string[];
