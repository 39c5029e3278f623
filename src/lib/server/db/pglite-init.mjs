// Creates a new PGlite data folder in a short-lived child process. initdb inside
// PGlite leaves ~150 MB of WebAssembly memory the parent could never give back; doing
// it here keeps the server's idle memory at what opening an existing folder costs.
// Usage: node pglite-init.mjs <folder> <shared_buffers>
import { PGlite } from '@electric-sql/pglite';

const [folder, sharedBuffers] = process.argv.slice(2);
try {
	const pglite = await PGlite.create({ dataDir: folder, postgresqlconf: [`shared_buffers=${sharedBuffers}`] });
	await pglite.query('select 1');
	await pglite.close();
	process.exit(0);
} catch (error) {
	process.stderr.write(String(error?.message ?? error));
	process.exit(1);
}
