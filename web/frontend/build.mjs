// Copies the design system's built styles, scripts and images, htmx and the Roboto font the
// design system is drawn in, into the web jar's static assets (served at /assets/). No bundler:
// the packages ship what the pages need. The font is served by Together itself, so pages look
// the same on a council network that blocks font services.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

// Roboto in the weights and styles the design system uses, for Latin and extended Latin
// names (Gaelic, Polish, ...): one stylesheet, the files beside it.
const roboto = join(here, 'node_modules', '@fontsource', 'roboto');
const faces = [];
for (const subset of ['latin', 'latin-ext']) {
  for (const weight of ['300', '400', '700']) {
    for (const style of ['', '-italic']) {
      faces.push(readFileSync(join(roboto, `${subset}-${weight}${style}.css`), 'utf8'));
    }
  }
}
const fonts = join(out, 'fonts');
mkdirSync(fonts, { recursive: true });
const css = faces.join('\n');
for (const [, file] of css.matchAll(/url\(\.\/files\/([^)]+)\)/g)) {
  cpSync(join(roboto, 'files', file), join(fonts, 'files', file));
}
writeFileSync(join(fonts, 'roboto.css'), css);
console.log(`Together's assets built in ${out}`);
