export { d1ScriptFromDump } from "./d1-script.js";
export { exportDump } from "./export-dump.js";
export { DUMP_FORMAT, DUMP_VERSION } from "./format.js";
export { type DumpCounts, importDump } from "./import-dump.js";
