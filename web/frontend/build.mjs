// Copies the design system's built styles, scripts and images, and htmx, into the web jar's
// static assets (served at /assets/). No bundler: the packages ship what the pages need.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] ?? join(here, '..', 'target', 'classes', 'static', 'assets'));
const designSystem = join(here, 'node_modules', '@scottish-government', 'design-system', 'dist');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const copies = [
  [join(designSystem, 'css', 'design-system.min.css'), join(out, 'css', 'design-system.min.css')],
  [join(designSystem, 'scripts', 'design-system.js'), join(out, 'scripts', 'design-system.js')],
  [join(designSystem, 'images'), join(out, 'images')],
  [join(here, 'node_modules', 'htmx.org', 'dist', 'htmx.min.js'), join(out, 'scripts', 'htmx.min.js')],
  [join(here, 'src'), out],
];
for (const [from, to] of copies) {
  cpSync(from, to, { recursive: true });
}
console.log(`Together's assets built in ${out}`);
