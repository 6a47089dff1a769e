import { fileURLToPath } from "node:url";

/** The development set of annotated texts, found from this file so tests run from any working directory. */
export const devSetRoot = fileURLToPath(new URL("../dev-set", import.meta.url));
