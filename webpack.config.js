/**
 * Builds the task pane, the ribbon's function file, the help page and the playground into dist/, and copies
 * manifest.xml and the icons. The one place the production address is set: the environment
 * variable KINERJA_URL, else package.json's config.production_url. The development address
 * https://localhost:3000/ in manifest.xml is replaced by it in production builds.
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { devServerOptions } = require("./scripts/dev-server-options");
const pkg = require("./package.json");

const DEV_URL = "https://localhost:3000/";
const PROD_URL = process.env.KINERJA_URL || pkg.config.production_url;

module.exports = async (_env, argv) => {
  const dev = argv.mode !== "production";
  const url = dev ? DEV_URL : PROD_URL.endsWith("/") ? PROD_URL : `${PROD_URL}/`;
  if (!dev && url.includes(".invalid/")) {
    console.warn(
      `\n[kinerja] manifest.xml in dist/ points at the placeholder ${url}. ` +
        "Set KINERJA_URL (or package.json config.production_url) to where dist/ is hosted.\n"
    );
  }
  return {
    // No eval-based source maps: the pane's Content-Security-Policy forbids eval.
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      playground: "./src/playground/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      // The pane beside an in-browser workbook (the strict Excel double), for machines without Excel.
      new HtmlWebpackPlugin({
        filename: "playground.html",
        template: "./src/playground/playground.html",
        chunks: ["playground"],
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/help/help.html",
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "src/taskpane/legacy/legacy-check.js", to: "legacy-check.js" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : content.toString().split(DEV_URL).join(url)),
          },
        ],
      }),
    ],
    devServer: dev ? await devServerOptions() : undefined,
  };
};
