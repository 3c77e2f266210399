#!/usr/bin/env node
// Runs the TypeScript sources directly (no build step) through tsx's ESM loader.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });

// A closed pipe (`sitrep code … | head`) ends the output, it is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
