/**
 * `atlas import <kind> <file>` and `atlas export <kind>`: the shared plumbing with
 * the per-row report, --json, --dry-run, --strict, exit codes 0 / 3 / 1, and a
 * progress bar on long work.
 */
import type { Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import cliProgress from 'cli-progress';
import { openConfiguredDatabase, CliError } from './context';
import { readSourceFile } from '../lib/server/io/source';
import { runImport, importExitCode, importSummary, type ImportReport } from '../lib/server/io/import-run';
import { importers, exporters } from '../lib/server/io/registry';
import { AppError } from '../lib/server/errors';
import { refreshResourceConcepts } from '../lib/server/library/search';

interface ImportFlags {
	format?: string;
	dryRun?: boolean;
	strict?: boolean;
	json?: boolean;
}

function printReport(report: ImportReport, flags: ImportFlags) {
	const out = flags.json ? process.stderr : process.stdout;
	const prefix = report.dryRun ? 'Dry run (nothing was written): ' : '';
	out.write(
		`${prefix}${report.rows} rows read as ${report.format}: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.rejected.length} rejected.\n`
	);
	for (const rejection of report.rejected.slice(0, flags.json ? 0 : 200)) out.write(`  row ${rejection.row}: ${rejection.reason}\n`);
	if (!flags.json && report.rejected.length > 200) out.write(`  … and ${report.rejected.length - 200} more (use --json for all)\n`);
	for (const note of report.notes ?? []) out.write(`Note: ${note}\n`);
	if (report.rolledBack && !report.dryRun) out.write('Strict mode: rows were rejected, so the whole import was rolled back; nothing changed.\n');
	if (flags.json) process.stdout.write(JSON.stringify(importSummary(report)) + '\n');
}

export function registerImportExport(program: Command, setStatus: (code: number) => void) {
	program
		.command('import')
		.description(`import records from a file; kinds: ${Object.keys(importers).join(', ')}`)
		.argument('<kind>', 'what the file holds')
		.argument('<file>', 'path of the file')
		.option('--format <format>', 'file format (guessed from the file when absent)')
		.option('--dry-run', 'check and report without writing anything')
		.option('--strict', 'import nothing when any row is rejected')
		.option('--json', 'print the summary as one JSON object on the last line')
		.action(async (kind: string, path: string, flags: ImportFlags) => {
			const importer = importers[kind];
			if (!importer) throw new CliError(`unknown kind "${kind}"; known kinds: ${Object.keys(importers).join(', ')}.`);
			let file;
			try {
				file = await readSourceFile(path);
			} catch (error) {
				if (error instanceof AppError) throw new CliError(error.message);
				throw error;
			}
			const database = await openConfiguredDatabase();
			const bar = process.stderr.isTTY && !flags.json ? new cliProgress.SingleBar({ format: 'importing {bar} {value}/{total} rows', hideCursor: true }, cliProgress.Presets.shades_classic) : null;
			let started = false;
			try {
				const report = await runImport(database.db, importer, file, {
					format: flags.format,
					dryRun: flags.dryRun,
					strict: flags.strict,
					onProgress: (done, total) => {
						if (!bar || total < 200) return;
						if (!started) bar.start(total, 0);
						started = true;
						bar.update(done);
					}
				});
				bar?.stop();
				// Cross-language search needs the concepts of new or changed knowledge records.
				if (kind === 'resources' && !report.rolledBack && report.created + report.updated > 0) await refreshResourceConcepts(database.db);
				printReport(report, flags);
				setStatus(importExitCode(report, flags.strict));
			} catch (error) {
				bar?.stop();
				if (error instanceof AppError) {
					if (flags.json) process.stdout.write(JSON.stringify({ created: 0, updated: 0, unchanged: 0, rejected: [{ row: 0, reason: error.message }] }) + '\n');
					throw new CliError(error.message);
				}
				throw error;
			} finally {
				await database.close();
			}
		});

	program
		.command('export')
		.description(`export records; kinds: ${Object.keys(exporters).join(', ')}`)
		.argument('<kind>', 'what to export')
		.option('--format <format>', 'file format', 'csv')
		.option('-o, --output <file>', 'write to this file instead of standard output')
		.action(async (kind: string, flags: { format: string; output?: string }) => {
			const exporter = exporters[kind];
			if (!exporter) throw new CliError(`unknown kind "${kind}"; known kinds: ${Object.keys(exporters).join(', ')}.`);
			if (!exporter.formats.includes(flags.format)) {
				throw new CliError(`${kind} cannot be exported as ${flags.format}; use one of ${exporter.formats.join(', ')}.`);
			}
			const database = await openConfiguredDatabase();
			try {
				const result = await exporter.export(database.db, flags.format);
				if (flags.output) {
					await writeFile(flags.output, result.body);
					process.stderr.write(`${result.count} ${kind} written to ${flags.output}.\n`);
				} else process.stdout.write(result.body);
			} finally {
				await database.close();
			}
		});
}
