// The VS Code side of caselint: starts `caselint server` for audit documents, passes the
// user's settings to it, and adds the "New audit" and "Restart server" commands.
//
// Everything that can be decided without VS Code (where the server is, how settings map,
// which documents are audits, the fallback template) lives in modules that do not import
// `vscode`, and is tested there. This file only wires those decisions to the editor.
// Privacy: nothing here logs or sends document text; the server runs locally over stdio.

import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as vscode from "vscode";
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
} from "vscode-languageclient/node";
import { documentSelector, type DocumentFilterData } from "./selector";
import { describeLookupFailure, findServer, isExecutableFile, type ServerLookup } from "./serverPath";
import { toServerSettings, type MappedSettings } from "./settings";
import { builtinTemplate } from "./template";

const SECTION = "caselint";
/** How long `caselint new` may take before the built-in template is used instead. */
const NEW_AUDIT_TIMEOUT_MS = 10_000;

let client: LanguageClient | undefined;
let starting: Promise<void> | undefined;
let extensionPath = "";
let reportedProblems = "";

export function activate(context: vscode.ExtensionContext): void {
  extensionPath = context.extensionPath;

  context.subscriptions.push(
    vscode.commands.registerCommand("caselint.newAudit", newAudit),
    vscode.commands.registerCommand("caselint.restartServer", async () => {
      await stopClient();
      await startClient({ force: true });
    }),
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (isAudit(document)) {
        void startClient({ force: false });
      }
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (
        event.affectsConfiguration(`${SECTION}.server.path`) ||
        event.affectsConfiguration(`${SECTION}.allMarkdownAndText`)
      ) {
        if (client !== undefined) {
          await stopClient();
          await startClient({ force: true });
        }
        return;
      }
      if (event.affectsConfiguration(SECTION) && client?.isRunning()) {
        await client.sendNotification(DidChangeConfigurationNotification.type, {
          settings: { [SECTION]: currentSettings().settings },
        });
      }
    }),
    { dispose: () => void stopClient() },
  );

  // The server is started when the first audit is open, not for every Markdown file.
  if (vscode.workspace.textDocuments.some(isAudit)) {
    void startClient({ force: false });
  }
}

export async function deactivate(): Promise<void> {
  await stopClient();
}

function isAudit(document: vscode.TextDocument): boolean {
  return vscode.languages.match(selector(), document) > 0;
}

function selector(): DocumentFilterData[] {
  const all = vscode.workspace.getConfiguration(SECTION).get<boolean>("allMarkdownAndText", false);
  return documentSelector(all);
}

/** The user's explicitly set values only: unset ones are left to `caselint.toml`. */
function currentSettings(scope?: vscode.ConfigurationScope): MappedSettings {
  const configuration = vscode.workspace.getConfiguration(SECTION, scope);
  const mapped = toServerSettings((key) => {
    const inspected = configuration.inspect(key);
    return inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
  });
  const problems = mapped.problems.join(" ");
  if (problems !== "" && problems !== reportedProblems) {
    void vscode.window.showWarningMessage(problems);
  }
  reportedProblems = problems;
  return mapped;
}

function lookupServer(): ServerLookup {
  const configured = vscode.workspace.getConfiguration(SECTION).get<string>("server.path", "");
  return findServer(configured, {
    platform: process.platform,
    env: process.env,
    extensionPath,
    workspaceFolder: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
    homeDir: os.homedir(),
    isExecutable: isExecutableFile,
  });
}

async function showLookupFailure(lookup: ServerLookup): Promise<void> {
  const message = describeLookupFailure(lookup);
  if (message === undefined) {
    return;
  }
  const openSettings = "Open settings";
  const choice = await vscode.window.showErrorMessage(message, openSettings);
  if (choice === openSettings) {
    await vscode.commands.executeCommand("workbench.action.openSettings", `${SECTION}.server.path`);
  }
}

async function startClient(options: { force: boolean }): Promise<void> {
  if (client !== undefined && !options.force) {
    return;
  }
  if (starting !== undefined) {
    return starting;
  }
  starting = (async () => {
    const lookup = lookupServer();
    if (lookup.kind !== "found") {
      await showLookupFailure(lookup);
      return;
    }
    const serverOptions: ServerOptions = { command: lookup.path, args: ["server"] };
    const clientOptions: LanguageClientOptions = {
      documentSelector: selector(),
      initializationOptions: currentSettings().settings,
      middleware: {
        workspace: {
          // A server that pulls settings gets the same mapped object it was pushed.
          configuration: async (params, token, next) => {
            const results = await next(params, token);
            if (!Array.isArray(results)) {
              return results;
            }
            return params.items.map((item, index) => {
              if (item.section !== SECTION) {
                return results[index];
              }
              const scope = item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined;
              return currentSettings(scope).settings;
            });
          },
          // The client's own push would send VS Code's camelCase names; ours is sent from
          // onDidChangeConfiguration above, in the server's kebab-case keys.
          didChangeConfiguration: async () => undefined,
        },
      },
    };
    const created = new LanguageClient(SECTION, "caselint", serverOptions, clientOptions);
    client = created;
    try {
      await created.start();
    } catch (error) {
      client = undefined;
      const reason = error instanceof Error ? error.message : String(error);
      void vscode.window.showErrorMessage(
        `caselint: the server at ${lookup.path} did not start (${reason}).`,
      );
    }
  })();
  try {
    await starting;
  } finally {
    starting = undefined;
  }
}

async function stopClient(): Promise<void> {
  const running = client;
  client = undefined;
  if (running === undefined) {
    return;
  }
  try {
    await running.stop();
  } catch {
    // A server that already exited cannot be stopped again; there is nothing left to clean up.
  }
}

/** "caselint: New audit": `caselint new` in an untitled editor, or the built-in template. */
async function newAudit(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const lookup = lookupServer();
  let text: string | undefined;
  if (lookup.kind === "found") {
    text = await runCaselintNew(lookup.path, folder?.fsPath);
  }
  if (text === undefined) {
    const areas = vscode.workspace.getConfiguration(SECTION).get<string[]>("areas");
    text = builtinTemplate({ areas, today: new Date() });
  }

  const document = await vscode.workspace.openTextDocument(untitledAuditUri(folder));
  const editor = await vscode.window.showTextDocument(document);
  await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), text));
}

function runCaselintNew(program: string, cwd: string | undefined): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(
      program,
      ["new"],
      { cwd, timeout: NEW_AUDIT_TIMEOUT_MS, windowsHide: true },
      (error, stdout) => {
        resolve(error === null && stdout.trim() !== "" ? stdout : undefined);
      },
    );
  });
}

/**
 * An untitled document named like an audit, so that the server checks it before it is saved.
 * The name is one that no open document and no file on disk has, so saving cannot overwrite.
 */
function untitledAuditUri(folder: vscode.Uri | undefined): vscode.Uri {
  const base = folder ?? vscode.Uri.file(os.homedir());
  const taken = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
  for (let index = 1; ; index += 1) {
    const name = index === 1 ? "new.audit.md" : `new-${index}.audit.md`;
    const candidate = vscode.Uri.joinPath(base, name).with({ scheme: "untitled" });
    const onDisk = fs.existsSync(vscode.Uri.joinPath(base, name).fsPath);
    if (!taken.has(candidate.toString()) && !onDisk) {
      return candidate;
    }
  }
}
