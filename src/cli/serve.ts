/**
 * `atlas serve` (what `npm start` runs): builds the app if needed, opens and migrates
 * the database, loads the demo network and the first admin on a fresh database, then
 * serves the SvelteKit build on PORT.
 */
import type { Command } from 'commander';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { openConfiguredDatabase, CliError } from './context';
import { buildApp, buildIsCurrent } from './build';
import { readConfig } from '../lib/server/config';
import { projectPath } from '../lib/server/paths';
import { uploadLimitBytes } from '../lib/server/io/source';
import { ensureFirstAdmin } from '../lib/server/auth/bootstrap';
import { databaseIsEmpty, loadDemo } from '../lib/server/demo';
import { scheduleLayout } from '../lib/server/network/layout-jobs';
import { matchIndex } from '../lib/server/match/index-cache';
import { matchWeights } from '../lib/server/match/weights';
import { refreshResourceConcepts } from '../lib/server/library/search';
import { libraryIndexes } from '../lib/server/library/search-index';
import { directoryIndexes } from '../lib/server/network/directory-index';

export function registerServe(program: Command) {
	program
		.command('serve')
		.description('serve the platform (builds it first when needed)')
		.option('--no-build', 'do not rebuild even when sources are newer')
		.action(async (options: { build: boolean }) => {
			const config = readConfig();
			matchWeights(); // a bad ATLAS_MATCH_WEIGHTS stops start-up with its message, not each request
			if (!buildIsCurrent()) {
				if (options.build === false && process.env.ATLAS_SKIP_BUILD !== '0') {
					console.warn('The build is older than the sources; serving it anyway (--no-build).');
				} else buildApp();
			}
			const database = await openConfiguredDatabase(config);
			console.log(`Database: ${database.engine} (${database.location})`);
			if (!config.ATLAS_NO_DEMO && (await databaseIsEmpty(database.db))) {
				const started = Date.now();
				const counts = await loadDemo(database.db);
				console.log(`Demo network loaded: ${counts.actors} organisations, ${counts.relations} relations, ${counts.resources} knowledge records (${Date.now() - started} ms).`);
			}
			void scheduleLayout(database.db); // the map's layout of the current network, computed in the background
			// The matchmaking index, built in the background so the first "Find partners" does not wait.
			setTimeout(() => void matchIndex(database.db).catch((error) => console.warn(`Matchmaking index not built: ${error instanceof Error ? error.message : error}`)), 1500).unref();
			await refreshResourceConcepts(database.db); // concepts named in records' text, for cross-language search (only stale records)
			// The library's in-memory search index; until it is ready, searches take the SQL path.
			setTimeout(() => void libraryIndexes.ready(database.db).catch((error) => console.warn(`Library search index not built: ${error instanceof Error ? error.message : error}`)), 2000).unref();
			setTimeout(() => void directoryIndexes.ready(database.db).catch((error) => console.warn(`Directory search index not built: ${error instanceof Error ? error.message : error}`)), 2500).unref(); // the directory's, likewise
			const admin = await ensureFirstAdmin(database.db);
			if (admin) {
				console.log('');
				console.log('  First administrator account (shown once, keep it safe):');
				console.log(`    e-mail:   ${admin.email}`);
				console.log(`    password: ${admin.password}`);
				console.log('');
			}
			// adapter-node assumes https when neither ORIGIN nor PROTOCOL_HEADER is set, which
			// breaks the CSRF origin check on plain http. Tell it the real scheme of the socket,
			// overwriting any client-sent value of our private header.
			const ownProtocolHeader = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
			// Uploads may reach the configured limit (plus form overhead); the routes check the file itself.
			process.env.BODY_SIZE_LIMIT ??= String(uploadLimitBytes() + 1024 * 1024);
			if (ownProtocolHeader) process.env.PROTOCOL_HEADER = 'x-atlas-socket-protocol';
			const { handler } = await import(pathToFileURL(projectPath('build/handler.js')).href);
			const server = createServer((request, response) => {
				const protocol = (request.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
				if (ownProtocolHeader) request.headers['x-atlas-socket-protocol'] = protocol;
				// OAI-PMH harvesters may POST a form without an Origin header; /oai only reads
				// public data, so such a POST is not a cross-site risk.
				if (request.method === 'POST' && !request.headers.origin && /^\/oai(\?|$)/.test(request.url ?? '')) {
					request.headers.origin = process.env.ORIGIN ?? `${protocol}://${request.headers.host}`;
				}
				handler(request, response);
			});
			server.keepAliveTimeout = 65_000;
			await new Promise<void>((resolve, reject) => {
				server.once('error', (error: NodeJS.ErrnoException) =>
					reject(
						new CliError(
							error.code === 'EADDRINUSE'
								? `Port ${config.PORT} is already in use; set PORT to another one.`
								: `Cannot listen on ${config.HOST}:${config.PORT}: ${error.message}`
						)
					)
				);
				server.listen(config.PORT, config.HOST, () => resolve());
			});
			console.log(`Skills Atlas is serving on http://localhost:${config.PORT}`);
			let stopping = false;
			const stop = async () => {
				if (stopping) return;
				stopping = true;
				server.close();
				server.closeAllConnections();
				await database.close();
				process.exit(0);
			};
			process.on('SIGINT', stop);
			process.on('SIGTERM', stop);
			await new Promise(() => {}); // serve until a signal arrives
		});
}
