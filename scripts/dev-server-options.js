/**
 * HTTPS for the development server. Office only loads add-ins over https. The certificate
 * comes from office-addin-dev-certs (~/.office-addin-dev-certs); when it is not there yet, it
 * is created without installing the CA into the system store (that needs sudo and a prompt).
 * To trust it on a desktop with Office, run `npx office-addin-dev-certs install` once yourself.
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

async function httpsOptions() {
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  const paths = Object.fromEntries(
    Object.entries(files).map(([k, f]) => [k, path.join(CERT_DIR, f)])
  );
  if (!Object.values(paths).every((p) => fs.existsSync(p))) {
    const { generateCertificates } = require("office-addin-dev-certs/lib/generate");
    await generateCertificates(paths.ca, paths.cert, paths.key, 30);
  }
  return Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, fs.readFileSync(p)]));
}

async function devServerOptions() {
  return {
    host: "localhost",
    port: PORT,
    hot: false,
    static: false,
    headers: { "Access-Control-Allow-Origin": "*" },
    server: { type: "https", options: await httpsOptions() },
    client: { overlay: { warnings: false, errors: true } },
  };
}

module.exports = { devServerOptions, PORT };
