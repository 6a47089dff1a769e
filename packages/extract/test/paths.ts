import path from "node:path";
import { fileURLToPath } from "node:url";

/** The monorepo root, found from this file so tests run from any working directory. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
/** The shared folder next to the repository (seed page and its gold file). */
export const sharedRoot = path.resolve(repoRoot, "../shared");
/** The development set of annotated texts. */
export const devSetRoot = path.resolve(repoRoot, "packages/extract/dev-set");
