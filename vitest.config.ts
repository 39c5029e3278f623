import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'scripts/**/*.test.js'],
		testTimeout: 60_000,
		hookTimeout: 120_000,
		// Two cores: PGlite instances are heavy, keep parallelism modest.
		pool: 'forks',
		poolOptions: { forks: { maxForks: 2, minForks: 1 } },
		fileParallelism: true
	}
});
