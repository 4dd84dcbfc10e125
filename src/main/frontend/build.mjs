// Builds the site's front-end assets into the folder given as the first argument:
//   site.css  compiled from styles/site.scss with only the USWDS packages the pages use
//   site.js   the small script that enhances the pages (quick exit, print button)
//   favicon.ico  the tab icon, a plain mark that says nothing about the site's subject
//   img/...   exactly the USWDS images the compiled stylesheet refers to, nothing else
// It prints each file's size, raw and gzipped, so the budget can be watched.
import { compile } from "sass";
import { gzipSync } from "node:zlib";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const uswds = resolve("node_modules/@uswds/uswds");
const out = resolve(process.argv[2] ?? "target/classes/static/assets");

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const { css } = compile(join(here, "styles/site.scss"), {
  loadPaths: [join(uswds, "packages")],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import", "global-builtin", "slash-div"],
});
writeFileSync(join(out, "site.css"), css);

// Copy the images the stylesheet uses (USWDS refers to them relative to the stylesheet) and the one
// the templates use, the search button's icon for narrow screens.
const templateImages = ["img/usa-icons-bg/search--white.svg"];
const urls = new Set([
  ...[...css.matchAll(/url\(["']?([^"')]+)["']?\)/g)].map((m) => m[1]).filter((u) => !u.startsWith("data:")),
  ...templateImages,
]);
for (const url of urls) {
  const source = join(uswds, "dist", url.replace(/^\.\.\//, ""));
  const target = join(out, url.replace(/^\.\.\//, ""));
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(source, target);
}

copyFileSync(join(here, "scripts/site.js"), join(out, "site.js"));
copyFileSync(join(here, "images/favicon.ico"), join(out, "favicon.ico"));

for (const file of ["site.css", "site.js", "favicon.ico", ...urls]) {
  const bytes = readFileSync(join(out, file.replace(/^\.\.\//, "")));
  console.log(`${file.padEnd(48)} ${String(bytes.length).padStart(7)} B  ${String(gzipSync(bytes).length).padStart(6)} B gzipped`);
}
