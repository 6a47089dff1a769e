// The repository checks its own contracts that no linter knows:
// - no tracked file reaches outside the repository (a newcomer's clone has nothing beside it);
// - code imports another workspace package by its name, never through a relative path into its folder.
// Usage: node scripts/check-repository.mjs [root]   (default: the repository this file is in)
// Prints one line per finding and exits 1 when there is any.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const CODE = /\.(?:[cm]?[jt]sx?|astro)$/;
const TEXT =
	/\.(?:[cm]?[jt]sx?|astro|json|jsonc|md|ya?ml|toml|sh|css|html|txt)$|(?:^|\/)(?:run|\.gitignore)$/;
// Names of the folder beside CI's checkout, and absolute paths of this workplace.
const OUTSIDE_NAMES = /\.\.\/shared\b|\bshared\/(?:seeds|extraction)\b|(?<=^|[\s"'`(=])\/work\//;
// Relative specifiers in imports, dynamic imports, requires and `new URL(..., import.meta.url)`.
const IMPORTS = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)["'`](\.{1,2}\/[^"'`]*)["'`]/g;
const URLS = /new\s+URL\s*\(\s*["'`](\.{1,2}\/[^"'`]*)["'`]\s*,\s*import\.meta\.url/g;
const LINKS = /\]\((\.{1,2}\/[^)\s#]*)/g;

/** Files under version control (or, outside a git checkout, every file not in node_modules/dist). */
function trackedFiles(root) {
	if (existsSync(path.join(root, ".git"))) {
		return execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" })
			.split("\0")
			.filter(Boolean);
	}
	const files = [];
	const walk = (dir) => {
		for (const name of readdirSync(path.join(root, dir))) {
			if (name === "node_modules" || name === "dist" || name === ".git") continue;
			const relative = dir ? `${dir}/${name}` : name;
			if (statSync(path.join(root, relative)).isDirectory()) walk(relative);
			else files.push(relative);
		}
	};
	walk("");
	return files;
}

/** Workspace folders from the root package.json (`packages/*` expanded), longest first. */
function workspaces(root) {
	const globs = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).workspaces ?? [];
	const folders = globs.flatMap((glob) => {
		if (!glob.endsWith("/*")) return [glob];
		const parent = glob.slice(0, -2);
		if (!existsSync(path.join(root, parent))) return [];
		return readdirSync(path.join(root, parent)).map((name) => `${parent}/${name}`);
	});
	return folders.sort((a, b) => b.length - a.length);
}

const workspaceOf = (folders, file) => folders.find((folder) => file.startsWith(`${folder}/`)) ?? ".";

/** Every finding in the tree at `root`, as `file:line: message`. */
export function checkRepository(root) {
	const folders = workspaces(root);
	const findings = [];
	for (const file of trackedFiles(root)) {
		if (!TEXT.test(file) || file.endsWith("package-lock.json") || file === "scripts/check-repository.mjs")
			continue;
		const text = readFileSync(path.join(root, file), "utf8");
		const lineOf = (index) => text.slice(0, index).split("\n").length;
		const report = (index, message) => findings.push(`${file}:${lineOf(index)}: ${message}`);
		const escapes = (specifier) => {
			const target = path.normalize(path.join(path.dirname(file), specifier));
			return target === ".." || target.startsWith(`..${path.sep}`);
		};
		if (!file.endsWith(".md")) {
			const named = OUTSIDE_NAMES.exec(text);
			if (named) report(named.index, `names a path outside the repository (${named[0].trim()})`);
		}
		const scans = file.endsWith(".md") ? [LINKS] : CODE.test(file) ? [IMPORTS, URLS] : [];
		for (const pattern of scans) {
			for (const match of text.matchAll(pattern)) {
				const specifier = match[1];
				if (escapes(specifier)) {
					report(match.index, `refers to ${specifier}, outside the repository`);
					continue;
				}
				if (pattern !== IMPORTS) continue;
				const target = path.normalize(path.join(path.dirname(file), specifier));
				const from = workspaceOf(folders, file);
				const to = workspaceOf(folders, `${target}/`);
				if (from !== to)
					report(match.index, `imports ${specifier} from ${to}: import that package by its name`);
			}
		}
	}
	return findings;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const root = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), ".."));
	const findings = checkRepository(root);
	for (const finding of findings) console.error(finding);
	if (findings.length > 0) process.exit(1);
	console.log(
		"check-repository: no tracked file reaches outside the repository or into another package's folder",
	);
}
