import { spawn, type ChildProcess } from "node:child_process";

export interface RunningMock {
  baseUrl: string;
  stop(): Promise<number | null>;
}

/** Starts the installed `gorgias-mock` on a free loopback port and resolves once it prints its URL. */
export function startInstalledMock(command: string, cwd: string, timeoutMs = 30_000): Promise<RunningMock> {
  const child = spawn(command, ["--port", "0", "--seed", "1", "--rate-limit", "off"], { cwd, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let output = "";
    const fail = (reason: string) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(new Error(`gorgias-mock ${reason}:\n${output.trim()}`));
    };
    const timer = setTimeout(() => fail(`printed no URL within ${timeoutMs} ms`), timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        child.stdout?.off("data", read);
        child.stdout?.resume();
        resolve({ baseUrl: url, stop: () => stop(child) });
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", (chunk: Buffer) => void (output += chunk.toString()));
    child.once("error", (error) => fail(`could not start: ${error.message}`));
    child.once("exit", (code) => fail(`exited with ${code} before listening`));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  child.removeAllListeners("exit");
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const guard = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", (code) => {
      clearTimeout(guard);
      resolve(code);
    });
    child.kill("SIGTERM");
  });
}
