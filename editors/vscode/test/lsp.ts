// A minimal LSP client for tests: spawns the real `caselint server --stdio` and talks
// JSON-RPC to it through vscode-languageserver-protocol, as an editor would.

import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import {
  createProtocolConnection,
  MessageType,
  PublishDiagnosticsNotification,
  ShowMessageNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";

/** The repository root, from `out/test/` (compiled) or `test/` (sources). */
const REPO_ROOT = path.resolve(__dirname, "..", "..", "..", "..");

/**
 * The caselint binary under test: `CASELINT_BIN`, else the debug build of this repository.
 * A missing binary is a test failure, never a skip.
 */
export function caselintBinary(): string {
  const fromEnv = process.env.CASELINT_BIN;
  const binary = fromEnv !== undefined && fromEnv !== ""
    ? path.resolve(fromEnv)
    : path.join(REPO_ROOT, "target", "debug", process.platform === "win32" ? "caselint.exe" : "caselint");
  if (!fs.existsSync(binary)) {
    throw new Error(
      `caselint binary not found at ${binary}: run \`cargo build\` in ${REPO_ROOT} or set CASELINT_BIN`,
    );
  }
  return binary;
}

export class ServerSession {
  readonly connection: ProtocolConnection;
  private readonly process: ChildProcess;
  private readonly published: PublishDiagnosticsParams[] = [];
  /** Error and warning messages the server showed the user (a settings error, say). */
  readonly shownProblems: string[] = [];
  private readonly waiters: Array<() => void> = [];
  private stderr = "";
  private exited: number | null | undefined;

  constructor(binary: string) {
    this.process = spawn(binary, ["server", "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    this.process.stderr?.on("data", (chunk: Buffer) => {
      this.stderr += chunk.toString("utf8");
    });
    this.process.on("exit", (code) => {
      this.exited = code;
      this.waiters.splice(0).forEach((wake) => wake());
    });
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      this.waiters.splice(0).forEach((wake) => wake());
    });
    this.connection.onNotification(ShowMessageNotification.type, (params) => {
      if (params.type === MessageType.Error || params.type === MessageType.Warning) {
        this.shownProblems.push(params.message);
      }
    });
    this.connection.listen();
  }

  /**
   * Sends a request and waits for its answer; fails with the server's exit status and standard
   * error if the server exits first, and after `timeoutMs` if it never answers.
   */
  async request<R>(method: string, params: unknown, timeoutMs = 10_000): Promise<R> {
    let timer: NodeJS.Timeout | undefined;
    let poll: NodeJS.Timeout | undefined;
    const failure = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer to ${method} within ${timeoutMs} ms`)), timeoutMs);
      poll = setInterval(() => {
        if (this.exited !== undefined) {
          reject(new Error(`the server exited (status ${this.exited}) before answering ${method}; stderr:\n${this.stderr}`));
        }
      }, 20);
    });
    try {
      return await Promise.race([this.connection.sendRequest(method, params) as Promise<R>, failure]);
    } catch (error) {
      // A write to a server that has just died fails before its exit is seen: say why it died.
      const deadline = Date.now() + 1_000;
      while (this.exited === undefined && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      if (this.exited !== undefined) {
        throw new Error(`the server exited (status ${this.exited}) before answering ${method}; stderr:\n${this.stderr}`);
      }
      throw error;
    } finally {
      clearTimeout(timer);
      clearInterval(poll);
    }
  }

  /** Waits (bounded) for a publishDiagnostics for `uri` that satisfies `accept`. */
  async diagnostics(
    uri: string,
    accept: (params: PublishDiagnosticsParams) => boolean,
    what: string,
    timeoutMs = 10_000,
  ): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    let seen = 0;
    for (;;) {
      for (; seen < this.published.length; seen += 1) {
        const params = this.published[seen];
        if (params.uri === uri && accept(params)) {
          return params;
        }
      }
      if (this.exited !== undefined) {
        throw new Error(`server exited (code ${this.exited}) while waiting for ${what}; stderr:\n${this.stderr}`);
      }
      const left = deadline - Date.now();
      if (left <= 0) {
        const last = this.published.filter((params) => params.uri === uri).pop();
        throw new Error(
          `timed out after ${timeoutMs} ms waiting for ${what}; last diagnostics for ${uri}: ` +
            JSON.stringify(last?.diagnostics.map((d) => d.code) ?? "none"),
        );
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Sends shutdown and exit, and returns the server's exit code. */
  async close(): Promise<number | null> {
    if (this.exited === undefined) {
      const exited = new Promise<void>((resolve) => this.process.once("exit", () => resolve()));
      try {
        await this.connection.sendRequest("shutdown");
        await this.connection.sendNotification("exit");
      } catch {
        // The exit code below tells what happened.
      }
      const timer = setTimeout(() => this.process.kill(), 5_000);
      await exited;
      clearTimeout(timer);
    }
    this.connection.dispose();
    return this.exited ?? null;
  }
}
