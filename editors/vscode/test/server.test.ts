// End to end: the real `caselint server --stdio`, driven over JSON-RPC the way the extension's
// language client drives it, with settings produced by the extension's own mapping.

import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import {
  CodeActionRequest,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  InitializedNotification,
  InitializeRequest,
  type CodeAction,
  type Command,
  type Diagnostic,
  type DocumentSymbol,
  type InitializeResult,
  type SymbolInformation,
  type TextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { toServerSettings, type ServerSettings } from "../src/settings";
import { builtinTemplate, DEFAULT_AREAS } from "../src/template";
import { caselintBinary, ServerSession } from "./lsp";

const FIXTURE = path.join(__dirname, "..", "..", "test", "fixtures", "satisfactory.audit.md");

function isCaselint(code: string) {
  return (diagnostic: Diagnostic) => diagnostic.source === "caselint" && diagnostic.code === code;
}

/** The edits of `edit` for `uri`, from `changes` or `documentChanges`. */
function editsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
  const fromChanges = edit.changes?.[uri] ?? [];
  const fromDocumentChanges = (edit.documentChanges ?? []).flatMap((change) =>
    "textDocument" in change && change.textDocument.uri === uri ? change.edits : [],
  );
  return [...fromChanges, ...fromDocumentChanges] as TextEdit[];
}

describe("caselint server (real binary over stdio)", function () {
  let folder: string;
  let session: ServerSession | undefined;

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "caselint-vscode-"));
  });

  afterEach(async () => {
    // A test that failed half-way leaves its server running: stop it without judging it.
    await session?.close();
    session = undefined;
    fs.rmSync(folder, { recursive: true, force: true });
  });

  /** Shuts the server down as an editor does: it must exit with status 0, having shown no error. */
  async function finish(): Promise<void> {
    const shown = session!.shownProblems;
    const code = await session!.close();
    session = undefined;
    assert.deepEqual(shown, [], "the server should show no error or warning");
    assert.equal(code, 0, "the server should exit with status 0 after shutdown and exit");
  }

  async function start(settings: ServerSettings): Promise<InitializeResult> {
    session = new ServerSession(caselintBinary());
    const result = await session.request<InitializeResult>(InitializeRequest.method, {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: "audits" }],
      initializationOptions: settings,
      capabilities: {
        general: { positionEncodings: ["utf-16"] },
        textDocument: {
          publishDiagnostics: { versionSupport: true },
          codeAction: {
            codeActionLiteralSupport: {
              codeActionKind: { valueSet: ["quickfix", "refactor", "source"] },
            },
          },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
        workspace: { configuration: false, didChangeConfiguration: { dynamicRegistration: false } },
      },
    });
    await session.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  async function open(name: string, text: string): Promise<string> {
    const file = path.join(folder, name);
    fs.writeFileSync(file, text);
    const uri = pathToFileURL(file).href;
    await session!.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: "markdown", version: 1, text },
    });
    return uri;
  }

  it("publishes a caselint diagnostic and a quick fix that removes it", async () => {
    const initialized = await start(toServerSettings(() => undefined).settings);
    assert.equal(initialized.capabilities.positionEncoding ?? "utf-16", "utf-16");

    const text = fs.readFileSync(FIXTURE, "utf8");
    const uri = await open("satisfactory.audit.md", text);
    const published = await session!.diagnostics(
      uri,
      (params) => params.diagnostics.some(isCaselint("J002")),
      "a J002 diagnostic",
    );
    const j002 = published.diagnostics.find(isCaselint("J002"))!;
    const document = TextDocument.create(uri, "markdown", 1, text);
    assert.equal(
      document.getText(j002.range),
      "Satisfactory",
      "the J002 diagnostic should cover the grade that is not on the scale",
    );

    const actions = await session!.request<Array<Command | CodeAction> | null>(CodeActionRequest.method, {
      textDocument: { uri },
      range: j002.range,
      context: { diagnostics: [j002], only: ["quickfix"] },
    });
    const fixes = (actions ?? []).filter(
      (action: Command | CodeAction): action is CodeAction => "edit" in action && action.edit !== undefined,
    );
    const toGood = fixes.find((action) =>
      editsFor(action.edit!, uri).some((edit) => edit.newText === "Good"),
    );
    assert.ok(toGood, `expected a quick fix that replaces the grade with "Good"; got ${JSON.stringify(fixes.map((f) => f.title))}`);
    const scaleFixes = ["Outstanding", "Good", "Requires improvement"].filter((grade) =>
      fixes.some((action) => editsFor(action.edit!, uri).some((edit) => edit.newText.startsWith(grade))),
    );
    assert.deepEqual(scaleFixes, ["Outstanding", "Good", "Requires improvement"]);

    const fixed = TextDocument.applyEdits(document, editsFor(toGood.edit!, uri));
    assert.match(fixed, /^Judgement: Good$/m);
    await session!.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: fixed }],
    });
    // The Planning area still has no impact statement: the fix changed only the grade.
    await session!.diagnostics(
      uri,
      (params) => (params.version === undefined || params.version === 2) &&
        !params.diagnostics.some(isCaselint("J002")) &&
        params.diagnostics.some(isCaselint("I001")),
      "diagnostics with I001 and without J002 after the fix",
    );
    await finish();
  });

  it("honours settings sent as initializationOptions (mapped from VS Code names)", async () => {
    const mapped = toServerSettings((key) =>
      key === "severity" ? { J002: "off", "missing-impact": "warning" } : undefined,
    );
    assert.deepEqual(mapped.settings, { severity: { J002: "off", "missing-impact": "warning" } });
    await start(mapped.settings);

    const uri = await open("settings.audit.md", fs.readFileSync(FIXTURE, "utf8"));
    const published = await session!.diagnostics(
      uri,
      (params) => params.diagnostics.some(isCaselint("I001")),
      "an I001 diagnostic (so the document has been linted)",
    );
    assert.equal(
      published.diagnostics.find(isCaselint("I001"))!.severity,
      DiagnosticSeverity.Warning,
      "missing-impact is set to warning in the settings",
    );
    assert.ok(
      !published.diagnostics.some(isCaselint("J002")),
      "J002 is turned off in the settings, so it should not be reported",
    );
    await finish();
  });

  it("applies settings from workspace/didChangeConfiguration", async () => {
    await start({});
    const uri = await open("change.audit.md", fs.readFileSync(FIXTURE, "utf8"));
    await session!.diagnostics(uri, (params) => params.diagnostics.some(isCaselint("J002")), "J002 at first");

    const mapped = toServerSettings((key) => (key === "ignore" ? ["unknown-judgement"] : undefined));
    await session!.connection.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { caselint: mapped.settings },
    });
    await session!.diagnostics(
      uri,
      (params) => !params.diagnostics.some(isCaselint("J002")) && params.diagnostics.some(isCaselint("I001")),
      "diagnostics with I001 and without J002 once J002 is ignored by name",
    );
    await finish();
  });

  it("reads the built-in New audit template as one area per default area", async () => {
    await start({});
    const uri = await open("template.audit.md", builtinTemplate({ today: new Date(2026, 10, 20) }));
    const symbols = await session!.request<Array<DocumentSymbol | SymbolInformation> | null>(
      DocumentSymbolRequest.method,
      { textDocument: { uri } },
    );
    const names = (symbols ?? []).flatMap(function walk(symbol): string[] {
      const children = "children" in symbol ? (symbol.children ?? []) : [];
      return [symbol.name, ...children.flatMap(walk)];
    });
    for (const area of DEFAULT_AREAS) {
      assert.ok(
        names.some((name) => name.includes(area)),
        `the outline should list the area "${area}"; got ${JSON.stringify(names)}`,
      );
    }
    await finish();
  });
});
