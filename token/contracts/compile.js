#!/usr/bin/env node
// Compiles the medmarket contracts with the pinned solc-js (package.json) and writes, for every
// deployable contract defined in this directory, <Name>.abi (JSON) and <Name>.bin (hex creation
// code) into the output directory: the first argument, or ./artifacts next to this file.
// Contracts in the subdirectories baseline/ (benchmark baselines) and test/ (test-only
// contracts) are compiled in the same run and written to the output directory's baseline/ and
// test/ subdirectories. The output depends only on the sources and the pinned versions, so CI
// can check that the committed artifacts are up to date. Run through `go generate ./token/...`.
"use strict";

const fs = require("fs");
const path = require("path");
const solc = require("solc");

const SOLC_VERSION = "0.8.28";
const EVM_VERSION = "cancun";

const root = __dirname;
const nodeModules = path.join(root, "node_modules");
const outDir = path.resolve(process.argv[2] || path.join(root, "artifacts"));

function fail(msg) {
  process.stderr.write(`compile.js: ${msg}\n`);
  process.exit(1);
}

// node_modules must hold exactly the versions package.json pins.
for (const [dep, want] of Object.entries(require("./package.json").dependencies)) {
  const have = require(`${dep}/package.json`).version;
  if (have !== want) fail(`${dep} ${have} is installed, want ${want}: run npm ci`);
}
if (!solc.version().startsWith(SOLC_VERSION + "+")) {
  fail(`solc ${solc.version()} is installed, want ${SOLC_VERSION}: run npm ci`);
}

// Our sources, keyed by their path relative to this directory so that the metadata hash in the
// bytecode does not depend on where the repository is checked out.
const SUBDIRS = ["", "baseline", "test"];
const files = [];
for (const dir of SUBDIRS) {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) continue;
  for (const f of fs.readdirSync(full).filter((f) => f.endsWith(".sol")).sort()) {
    files.push(dir ? `${dir}/${f}` : f);
  }
}
const sources = {};
const outputSelection = {};
for (const f of files) {
  // Normalise line endings so that a CRLF checkout compiles to the same bytes.
  sources[f] = { content: fs.readFileSync(path.join(root, f), "utf8").replace(/\r\n/g, "\n") };
  outputSelection[f] = { "*": ["abi", "evm.bytecode.object"] };
}

const input = {
  language: "Solidity",
  sources,
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: EVM_VERSION,
    outputSelection,
  },
};

// Resolves imports of @openzeppelin/... (the only ones not in sources) from node_modules.
function findImports(importPath) {
  if (!importPath.startsWith("@openzeppelin/contracts/")) {
    return { error: `import ${importPath} is outside @openzeppelin/contracts` };
  }
  const full = path.resolve(nodeModules, importPath);
  if (!full.startsWith(nodeModules + path.sep)) {
    return { error: `import ${importPath} escapes node_modules` };
  }
  try {
    return { contents: fs.readFileSync(full, "utf8") };
  } catch (e) {
    return { error: `import ${importPath}: ${e.message} (run npm ci)` };
  }
}

const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));

let failed = false;
for (const e of output.errors || []) {
  process.stderr.write(e.formattedMessage || e.message);
  // Warnings in our own sources fail the build too; OpenZeppelin's are only reported.
  const ours = e.sourceLocation && !e.sourceLocation.file.startsWith("@");
  if (e.severity === "error" || ours) failed = true;
}
if (failed) fail("compilation failed");

const artifacts = {}; // "dir/Name" or "Name" -> {abi, bin}
const names = {};
for (const f of files) {
  const dir = path.dirname(f) === "." ? "" : path.dirname(f);
  for (const [name, c] of Object.entries((output.contracts || {})[f] || {})) {
    const bin = c.evm.bytecode.object;
    if (!bin) continue; // interfaces and abstract contracts
    if (bin.includes("__$")) fail(`${name} needs library linking, which is not supported`);
    if (names[name]) fail(`contract ${name} is defined twice`);
    names[name] = true;
    artifacts[dir ? `${dir}/${name}` : name] = { abi: JSON.stringify(c.abi, null, 2) + "\n", bin: bin + "\n" };
  }
}
if (Object.keys(artifacts).length === 0) fail("no contracts compiled");

for (const dir of SUBDIRS) {
  const out = path.join(outDir, dir);
  fs.mkdirSync(out, { recursive: true });
  for (const f of fs.readdirSync(out)) {
    if (/\.(abi|bin)$/.test(f)) fs.unlinkSync(path.join(out, f));
  }
}
for (const key of Object.keys(artifacts).sort()) {
  fs.writeFileSync(path.join(outDir, `${key}.abi`), artifacts[key].abi);
  fs.writeFileSync(path.join(outDir, `${key}.bin`), artifacts[key].bin);
}
