// `npm start` / `npm run serve`: prepares (scripts/prepare-start.ts, in a process of its own that exits)
// and then serves the built portal with `next start`. This launcher stays beside the server only to
// forward signals, so it is plain JavaScript that loads nothing else (a few tens of MiB, not the
// hundreds the preparation needs). Stops the server cleanly on SIGINT/SIGTERM.
import { spawn } from "node:child_process";

const prepare = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/prepare-start.ts"], {
  stdio: ["inherit", "inherit", "inherit", "ipc"],
  env: process.env,
});
let prepared = null;
prepare.on("message", (message) => {
  prepared = message;
});
prepare.on("exit", (code) => {
  if (code !== 0 || !prepared) process.exit(code || 1);
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(prepared.port)], {
    stdio: "inherit",
    env: { ...process.env, ...prepared.serverEnv },
  });
  const stop = (signal) => {
    if (!server.killed) server.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  server.on("exit", (serverCode, signal) => process.exit(serverCode ?? (signal ? 0 : 1)));
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => prepare.kill(signal));
