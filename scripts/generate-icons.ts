// Renders the PWA icons in public/icons from app/icon.svg (run: npm run icons).
// The PNGs are committed; rerun only when the logo changes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";

const root = process.cwd();
const logo = readFileSync(join(root, "app", "icon.svg"), "utf8");

// A maskable icon may be cropped to a circle: fill the whole square and keep the
// glyph inside the central 80% safe zone.
const glyph = logo
  .replace(/<svg[^>]*>/, "")
  .replace(/<\/svg>/, "")
  .replace(/<rect[^>]*\/>/, "");
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#0d6efd"/><g transform="translate(6.4 6.4) scale(0.8)">${glyph}</g></svg>`;
// iOS rounds the corners itself and shows transparency as black.
const apple = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#0d6efd"/>${glyph}</svg>`;

const outputs: { file: string; svg: string; size: number }[] = [
  { file: "icon-192.png", svg: logo, size: 192 },
  { file: "icon-512.png", svg: logo, size: 512 },
  { file: "maskable-192.png", svg: maskable, size: 192 },
  { file: "maskable-512.png", svg: maskable, size: 512 },
  { file: "apple-touch-icon.png", svg: apple, size: 180 },
];

for (const { file, svg, size } of outputs) {
  await sharp(Buffer.from(svg), { density: 72 * (size / 64) })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(join(root, "public", "icons", file));
  console.log(`public/icons/${file}`);
}
