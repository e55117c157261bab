// Finds the `caselint` program the extension runs as its language server.
//
// Order: the `caselint.server.path` setting, then a binary bundled in the extension
// (`<extension>/bin/caselint[.exe]`), then the `PATH`. This module does not import `vscode`;
// everything it reads from the machine comes in through `LookupContext`, so it is unit-tested
// in plain Node.

import * as fs from "node:fs";
import * as path from "node:path";

export interface LookupContext {
  platform: NodeJS.Platform;
  /** The process environment (for `PATH`, and `PATHEXT` on Windows). */
  env: { [name: string]: string | undefined };
  /** The folder the extension is installed in. */
  extensionPath: string;
  /** The first workspace folder, if any: a relative `caselint.server.path` is taken from it. */
  workspaceFolder?: string;
  homeDir: string;
  /** Whether `file` is a file this process may run. */
  isExecutable(file: string): boolean;
}

export type ServerLookup =
  | { kind: "found"; path: string; source: "setting" | "bundled" | "path" }
  /** `caselint.server.path` is set but names no runnable file: we do not fall back. */
  | { kind: "setting-not-executable"; path: string; configured: string }
  | { kind: "not-found"; searched: string[] };

/** Looks for the server; `configuredPath` is the `caselint.server.path` setting. */
export function findServer(configuredPath: string | undefined, context: LookupContext): ServerLookup {
  const pathApi = context.platform === "win32" ? path.win32 : path.posix;
  const configured = configuredPath?.trim() ?? "";
  if (configured !== "") {
    const resolved = resolveConfiguredPath(configured, context);
    if (context.isExecutable(resolved)) {
      return { kind: "found", path: resolved, source: "setting" };
    }
    return { kind: "setting-not-executable", path: resolved, configured };
  }

  const searched: string[] = [];
  const bundled = pathApi.join(context.extensionPath, "bin", executableName(context.platform));
  searched.push(bundled);
  if (context.isExecutable(bundled)) {
    return { kind: "found", path: bundled, source: "bundled" };
  }

  for (const candidate of pathCandidates(context)) {
    searched.push(candidate);
    if (context.isExecutable(candidate)) {
      return { kind: "found", path: candidate, source: "path" };
    }
  }
  return { kind: "not-found", searched };
}

/** `caselint` with the platform's executable suffix. */
export function executableName(platform: NodeJS.Platform): string {
  return platform === "win32" ? "caselint.exe" : "caselint";
}

/** Expands `~` and `${workspaceFolder}` and makes a relative path absolute. */
export function resolveConfiguredPath(configured: string, context: LookupContext): string {
  const pathApi = context.platform === "win32" ? path.win32 : path.posix;
  let expanded = configured;
  if (expanded === "~" || expanded.startsWith("~/") || expanded.startsWith("~\\")) {
    expanded = pathApi.join(context.homeDir, expanded.slice(1));
  }
  if (context.workspaceFolder !== undefined) {
    expanded = expanded.split("${workspaceFolder}").join(context.workspaceFolder);
  }
  if (!pathApi.isAbsolute(expanded) && context.workspaceFolder !== undefined) {
    expanded = pathApi.join(context.workspaceFolder, expanded);
  }
  return pathApi.normalize(expanded);
}

function pathCandidates(context: LookupContext): string[] {
  const windows = context.platform === "win32";
  const pathApi = windows ? path.win32 : path.posix;
  const searchPath = readEnv(context, "PATH") ?? "";
  const directories = searchPath
    .split(windows ? ";" : ":")
    .map((entry) => (windows ? entry.replace(/^"(.*)"$/, "$1") : entry))
    .filter((entry) => entry !== "");
  const names = windows
    ? (readEnv(context, "PATHEXT") ?? ".COM;.EXE;.BAT;.CMD")
        .split(";")
        .filter((ext) => ext !== "")
        .map((ext) => `caselint${ext.toLowerCase()}`)
    : ["caselint"];
  return directories.flatMap((directory) => names.map((name) => pathApi.join(directory, name)));
}

/** Environment variables are case-insensitive on Windows (`Path`, `PATH`). */
function readEnv(context: LookupContext, name: string): string | undefined {
  if (context.platform !== "win32") {
    return context.env[name];
  }
  const key = Object.keys(context.env).find((candidate) => candidate.toUpperCase() === name);
  return key === undefined ? undefined : context.env[key];
}

/** The real `isExecutable`: a regular file with execute permission (on Windows, any file). */
export function isExecutableFile(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) {
      return false;
    }
    if (process.platform !== "win32") {
      fs.accessSync(file, fs.constants.X_OK);
    }
    return true;
  } catch {
    return false;
  }
}

/** What to tell the user when the server cannot be started; `undefined` when it was found. */
export function describeLookupFailure(lookup: ServerLookup): string | undefined {
  switch (lookup.kind) {
    case "found":
      return undefined;
    case "setting-not-executable":
      return (
        `caselint: the setting caselint.server.path is "${lookup.configured}", ` +
        `but ${lookup.path} is not a program that can be run. ` +
        "Correct the path, or clear the setting to use the caselint on your PATH."
      );
    case "not-found":
      return (
        "caselint: could not find the caselint program (looked in the extension's bin folder " +
        "and on your PATH). Install it (for example `cargo install --path .` in the caselint " +
        "repository) or set caselint.server.path to its full path."
      );
  }
}
