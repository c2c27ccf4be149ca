// Every check worker starts here, in plain JavaScript: Next bundles the server but not this file, and
// `--import tsx` in a worker's execArgv is ignored on Node 20, so the worker registers tsx itself and
// then loads its TypeScript entry (workerData.entry, an absolute path) from the source tree.
import { workerData } from "node:worker_threads";
import { pathToFileURL } from "node:url";
import { register } from "tsx/esm/api";

register();
// tinypool hands workers [its own data, ours].
const { entry } = workerData[1];
const entryModule = await import(pathToFileURL(entry).href);

export default entryModule.default;
