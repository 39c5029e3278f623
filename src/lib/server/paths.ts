/** Locates the project's own files whether the code runs from src (CLI, tests) or the build. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

let root: string | undefined;

/** The folder holding package.json of Skills Atlas. */
export function projectRoot(): string {
	if (root) return root;
	if (process.env.ATLAS_ROOT) return (root = resolve(process.env.ATLAS_ROOT));
	let folder = process.cwd();
	for (;;) {
		if (existsSync(join(folder, 'src/lib/server/db/migrations'))) return (root = folder);
		const parent = dirname(folder);
		if (parent === folder) return (root = process.cwd());
		folder = parent;
	}
}

/** A path inside the project. */
export function projectPath(relative: string): string {
	return join(projectRoot(), relative);
}
