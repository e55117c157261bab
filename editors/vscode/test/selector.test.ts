import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { minimatch } from "minimatch";
import { AUDIT_PATTERNS, documentSelector } from "../src/selector";

function matchesAudit(file: string): boolean {
  return AUDIT_PATTERNS.some((pattern) => minimatch(file, pattern, { dot: true }));
}

describe("documentSelector", () => {
  it("matches the audit file names of the product contract, saved or untitled", () => {
    const filters = documentSelector(false);
    for (const scheme of ["file", "untitled"]) {
      assert.deepEqual(
        filters.filter((filter) => filter.scheme === scheme).map((filter) => filter.pattern),
        ["**/*.audit.md", "**/*.audit.txt", "**/*.audit"],
      );
    }
    assert.ok(filters.every((filter) => filter.language === undefined));
  });

  it("the patterns select audits and leave other Markdown and text alone", () => {
    for (const file of ["/home/ann/jo.audit.md", "/a/b/sam.audit.txt", "/a/c.audit", "/a/.x/d.audit.md"]) {
      assert.ok(matchesAudit(file), file);
    }
    for (const file of ["/home/ann/README.md", "/a/audit.md", "/a/notes.txt", "/a/jo.audit.md.bak", "/a/jo.audits"]) {
      assert.ok(!matchesAudit(file), file);
    }
  });

  it("adds every Markdown and plain-text document when allMarkdownAndText is on", () => {
    const added = documentSelector(true).filter((filter) => filter.language !== undefined);
    assert.deepEqual(
      added.map((filter) => `${filter.scheme}:${filter.language}`),
      ["file:markdown", "file:plaintext", "untitled:markdown", "untitled:plaintext"],
    );
  });
});

describe("package.json", () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8"));

  it("opens *.audit files as Markdown (the other audit names already are Markdown or text)", () => {
    assert.deepEqual(manifest.contributes.languages, [{ id: "markdown", extensions: [".audit"] }]);
  });

  it("activates on the languages audits open in, and contributes both commands", () => {
    assert.ok(manifest.activationEvents.includes("onLanguage:markdown"));
    assert.ok(manifest.activationEvents.includes("onLanguage:plaintext"));
    const commands = manifest.contributes.commands.map((command: { command: string; title: string }) =>
      `${command.command}=${command.title}`,
    );
    assert.deepEqual(commands, ["caselint.newAudit=New audit", "caselint.restartServer=Restart server"]);
  });
});
