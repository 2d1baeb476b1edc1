import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		globalSetup: ['test/global-setup.ts'],
		// As the bin's shebang starts brief: source/dataset/collect-garbage.ts collects only with it.
		execArgv: ['--expose-gc'],
		// Many tests start brief (node and tsx, ~0.5-3 s each) on a 2-core machine shared with other work:
		// a hang still fails, after a minute.
		testTimeout: 60_000,
		hookTimeout: 60_000,
	},
});
