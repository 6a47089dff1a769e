import type { Command } from "../command.js";

/** Every `sidelines` command, in the order `sidelines help` lists them. Add new commands here. */
export const commands: Command[] = [];
