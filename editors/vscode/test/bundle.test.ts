import * as assert from "node:assert/strict";
import { builtinModules } from "node:module";
import * as fs from "node:fs";
import * as path from "node:path";

// The .vsix is packaged with --no-dependencies, so dist/extension.js must carry all of its
// code: the only modules it may load at run time are `vscode` and Node's own.
describe("dist/extension.js", () => {
  const bundle = path.join(__dirname, "..", "..", "dist", "extension.js");

  it("requires nothing but vscode and Node built-ins", () => {
    assert.ok(fs.existsSync(bundle), `${bundle} is missing: run \`npm run build\` first`);
    const source = fs.readFileSync(bundle, "utf8");
    const required = new Set([...source.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]));
    assert.ok(required.has("vscode"), "the bundle should load the vscode API");
    const foreign = [...required].filter(
      (name) => name !== "vscode" && !builtinModules.includes(name.replace(/^node:/, "")),
    );
    assert.deepEqual(foreign, []);
  });

  it("exports activate and deactivate", () => {
    const source = fs.readFileSync(bundle, "utf8");
    assert.match(source, /\bactivate\b/);
    assert.match(source, /\bdeactivate\b/);
  });
});
