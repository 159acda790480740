#!/usr/bin/env node
/**
 * `npm start`: the main job on any machine, with no prompt and no sudo.
 * - Windows / macOS with Excel installed: serve the pane and sideload it into desktop Excel
 *   (office-addin-debugging), as Microsoft's templates do.
 * - Anywhere else (Linux, CI, a machine without Excel): serve the pane over https on
 *   localhost and print how to sideload it into Excel on the web, Windows or Mac.
 * Pass --no-sideload to only serve on Windows / macOS too.
 */
const { spawn } = require("node:child_process");
const path = require("node:path");
const { PORT } = require("./dev-server-options");

const root = path.resolve(__dirname, "..");
const bin = (name) =>
  path.join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);
const canSideload =
  (process.platform === "win32" || process.platform === "darwin") &&
  !process.argv.includes("--no-sideload");

function explain() {
  const url = `https://localhost:${PORT}/taskpane.html`;
  console.log(`
Kinerja — panel tugas dilayani di / task pane served at ${url}
Taman uji tanpa Excel / playground without Excel: https://localhost:${PORT}/playground.html

Memuat add-in ke Excel / Sideloading into Excel:
  • Excel di web / on the web: buka buku kerja di OneDrive atau SharePoint → Beranda (Home) →
    Add-in → Add-in Lainnya (More Add-ins) → Add-in Saya (My Add-ins) → Unggah Add-in Saya
    (Upload My Add-in) → pilih ${path.join(root, "manifest.xml")}.
  • Windows: jalankan / run \`npm run sideload:desktop\`, atau taruh manifest.xml di folder
    bersama (shared folder catalog) dan tambahkan lewat File → Options → Trust Center →
    Trusted Add-in Catalogs.
  • Mac: salin / copy manifest.xml ke
    ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ lalu buka ulang Excel.
  Sertifikat https pengembangan / development https certificate: ~/.office-addin-dev-certs
  (percayai sekali dengan / trust it once with \`npx office-addin-dev-certs install\`).

Di mesin tanpa Excel, buka alamat di atas di peramban untuk melihat panel.
On a machine without Excel, open the address above in a browser to see the pane.
Berhenti / stop: Ctrl+C.
`);
}

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  return child;
}

if (canSideload) {
  run(bin("office-addin-debugging"), [
    "start",
    "manifest.xml",
    "desktop",
    "--dev-server",
    "npm run dev-server",
  ]);
} else {
  explain();
  run(bin("webpack"), ["serve", "--mode", "development"]);
}
