// Inlines a stylesheet's relative @imports into one file: `node bundle-css.mjs src/styles.css dist/styles.css`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

function inline(file, seen = new Set()) {
  if (seen.has(file)) return '';
  seen.add(file);
  return readFileSync(file, 'utf8').replace(/@import\s+["']([^"']+)["'];?/g, (_, path) =>
    inline(resolve(dirname(file), path), seen),
  );
}

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: bundle-css.mjs <input.css> <output.css>');
  process.exit(1);
}
mkdirSync(dirname(resolve(output)), { recursive: true });
writeFileSync(output, inline(resolve(input)));
