import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  describeLookupFailure,
  findServer,
  isExecutableFile,
  type LookupContext,
} from "../src/serverPath";

/** A machine on which exactly the files in `executables` can be run. */
function linux(executables: string[], env: { [name: string]: string } = {}): LookupContext {
  const runnable = new Set(executables);
  return {
    platform: "linux",
    env: { PATH: "/usr/local/bin:/usr/bin", ...env },
    extensionPath: "/ext",
    workspaceFolder: "/work/audits",
    homeDir: "/home/ann",
    isExecutable: (file) => runnable.has(file),
  };
}

describe("findServer", () => {
  it("uses caselint.server.path before the bundled binary and PATH", () => {
    const context = linux(["/opt/caselint/caselint", "/ext/bin/caselint", "/usr/bin/caselint"]);
    assert.deepEqual(findServer("/opt/caselint/caselint", context), {
      kind: "found",
      path: "/opt/caselint/caselint",
      source: "setting",
    });
  });

  it("expands ~ and ${workspaceFolder}, and takes a relative path from the workspace", () => {
    const context = linux([
      "/home/ann/.cargo/bin/caselint",
      "/work/audits/tools/caselint",
      "/work/audits/target/debug/caselint",
    ]);
    assert.equal(findServer("~/.cargo/bin/caselint", context).kind, "found");
    assert.deepEqual(findServer("${workspaceFolder}/tools/caselint", context), {
      kind: "found",
      path: "/work/audits/tools/caselint",
      source: "setting",
    });
    assert.deepEqual(findServer("target/debug/caselint", context), {
      kind: "found",
      path: "/work/audits/target/debug/caselint",
      source: "setting",
    });
  });

  it("does not fall back when the configured path cannot be run", () => {
    const context = linux(["/ext/bin/caselint", "/usr/bin/caselint"]);
    const lookup = findServer("/opt/missing/caselint", context);
    assert.deepEqual(lookup, {
      kind: "setting-not-executable",
      path: "/opt/missing/caselint",
      configured: "/opt/missing/caselint",
    });
    assert.match(describeLookupFailure(lookup)!, /caselint\.server\.path is "\/opt\/missing\/caselint"/);
  });

  it("treats a blank setting as unset", () => {
    const context = linux(["/ext/bin/caselint"]);
    assert.deepEqual(findServer("   ", context), { kind: "found", path: "/ext/bin/caselint", source: "bundled" });
    assert.deepEqual(findServer(undefined, context), { kind: "found", path: "/ext/bin/caselint", source: "bundled" });
  });

  it("prefers the bundled binary to PATH", () => {
    const lookup = findServer("", linux(["/ext/bin/caselint", "/usr/local/bin/caselint"]));
    assert.deepEqual(lookup, { kind: "found", path: "/ext/bin/caselint", source: "bundled" });
  });

  it("takes the first caselint on PATH, in PATH order, skipping empty entries", () => {
    const context = linux(["/usr/bin/caselint", "/b/caselint"], { PATH: "::/a:/b:/usr/bin" });
    assert.deepEqual(findServer("", context), { kind: "found", path: "/b/caselint", source: "path" });
  });

  it("says where it looked and what to do when there is no server", () => {
    const lookup = findServer("", linux([]));
    assert.deepEqual(lookup, {
      kind: "not-found",
      searched: ["/ext/bin/caselint", "/usr/local/bin/caselint", "/usr/bin/caselint"],
    });
    const message = describeLookupFailure(lookup)!;
    assert.match(message, /could not find the caselint program/);
    assert.match(message, /caselint\.server\.path/);
    assert.equal(describeLookupFailure({ kind: "found", path: "/x", source: "path" }), undefined);
  });

  it("looks for caselint.exe and honours Path and PATHEXT on Windows", () => {
    const windows = (executables: string[], env: { [name: string]: string }): LookupContext => ({
      platform: "win32",
      env,
      extensionPath: "C:\\ext",
      homeDir: "C:\\Users\\ann",
      isExecutable: (file) => executables.includes(file),
    });
    assert.deepEqual(findServer("", windows(["C:\\ext\\bin\\caselint.exe"], {})), {
      kind: "found",
      path: "C:\\ext\\bin\\caselint.exe",
      source: "bundled",
    });
    const onPath = windows(["D:\\tools\\caselint.exe"], {
      Path: 'C:\\Windows;"D:\\tools"',
      PATHEXT: ".COM;.EXE",
    });
    assert.deepEqual(findServer("", onPath), { kind: "found", path: "D:\\tools\\caselint.exe", source: "path" });
  });
});

describe("isExecutableFile", () => {
  let folder: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "caselint-lookup-"));
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it("accepts an executable file and rejects a plain file, a folder and a missing path", () => {
    const program = path.join(folder, "caselint");
    fs.writeFileSync(program, "#!/bin/sh\n");
    fs.chmodSync(program, 0o755);
    const plain = path.join(folder, "notes.txt");
    fs.writeFileSync(plain, "x");
    fs.chmodSync(plain, 0o644);
    assert.equal(isExecutableFile(program), true);
    // Windows has no execute bit: any file may be run there.
    assert.equal(isExecutableFile(plain), process.platform === "win32");
    assert.equal(isExecutableFile(folder), false);
    assert.equal(isExecutableFile(path.join(folder, "missing")), false);
  });
});
