#!/usr/bin/env node
// `node bin/run-ts.mjs FILE.ts ARGS...`: runs a TypeScript script in this process through tsx
// (no second process, unlike the tsx CLI). The script sees itself as argv[1] and its ARGS after it.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

const [node, , script, ...args] = process.argv;
if (script === undefined) {
  process.stderr.write('usage: node bin/run-ts.mjs FILE.ts [ARGS...]\n');
  process.exit(2);
}
register();
process.argv = [node ?? 'node', resolve(script), ...args];
await import(pathToFileURL(resolve(script)).href);
