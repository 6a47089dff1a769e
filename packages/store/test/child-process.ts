import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const script = fileURLToPath(new URL("./child-store.ts", import.meta.url));

/** Starts test/child-store.ts in a new Node process (the same Node 24 binary as the tests). */
export function startChild(mode: "open" | "write", location: object, count = 0): ChildProcess {
	return spawn(
		process.execPath,
		["--no-warnings", "--import", "tsx", script, mode, JSON.stringify(location), String(count)],
		{
			stdio: ["ignore", "pipe", "pipe"],
		},
	);
}

/** Lines the child printed, and how it ended. */
export interface ChildResult {
	lines: string[];
	stderr: string;
	code: number | null;
	signal: NodeJS.Signals | null;
}

/** Collects a child's output until it exits; `onLine` may kill it. */
export function collect(
	child: ChildProcess,
	onLine?: (line: string, lines: string[]) => void,
): Promise<ChildResult> {
	return new Promise((resolve, reject) => {
		const lines: string[] = [];
		let partial = "";
		let stderr = "";
		child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
			partial += chunk;
			const parts = partial.split("\n");
			partial = parts.pop() ?? "";
			for (const line of parts) {
				lines.push(line);
				onLine?.(line, lines);
			}
		});
		child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
			stderr += chunk;
		});
		child.on("error", reject);
		child.on("close", (code, signal) => resolve({ lines, stderr, code, signal }));
	});
}
