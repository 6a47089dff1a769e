import type { Writable } from "node:stream";
import type { CommandContext } from "./command.js";

/** Reads all of standard input as the password, without the line ending a pipe or heredoc adds. */
async function passwordFromStdin(stdin: CommandContext["stdin"]): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
	return Buffer.concat(chunks)
		.toString("utf8")
		.replace(/\r?\n$/, "");
}

/** Prompts on a terminal with echo off: the typed characters are never shown. */
function promptHidden(stdin: CommandContext["stdin"], prompt: Writable, question: string): Promise<string> {
	return new Promise((resolve, reject) => {
		let typed = "";
		prompt.write(question);
		stdin.setRawMode?.(true);
		stdin.setEncoding("utf8");
		const finish = (error?: Error) => {
			stdin.off("data", onData);
			stdin.setRawMode?.(false);
			stdin.pause();
			prompt.write("\n");
			if (error) reject(error);
			else resolve(typed);
		};
		const onData = (text: string) => {
			for (const character of text) {
				if (character === "\r" || character === "\n") return finish();
				if (character === "\u0003") return finish(new Error("cancelled"));
				if (character === "\u007f" || character === "\b") typed = typed.slice(0, -1);
				else typed += character;
			}
		};
		stdin.on("data", onData);
		stdin.resume();
	});
}

/**
 * The password for a new account: all of stdin with `--password-stdin`, else typed twice at a hidden prompt.
 * Returns undefined when neither is possible (stdin is not a terminal and the flag is absent).
 */
export async function readNewPassword(
	{ stdin, stderr }: Pick<CommandContext, "stdin" | "stderr">,
	fromStdin: boolean,
): Promise<string | undefined> {
	if (fromStdin) return passwordFromStdin(stdin);
	if (!stdin.isTTY) return undefined;
	const first = await promptHidden(stdin, stderr, "Password: ");
	const second = await promptHidden(stdin, stderr, "Password again: ");
	if (first !== second) throw new Error("the two passwords differ; nothing was created");
	return first;
}
