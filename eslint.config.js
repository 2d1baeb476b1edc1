// ESLint: typescript-eslint's recommended rules and the import plugin's checks of what is imported.
// The layers of source/ are held by scripts/layers.ts (run by `npm run lint` and test/layers.test.ts);
// formatting is Prettier's (`npm run format`), so no rule here is about layout.
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{linterOptions: {reportUnusedDisableDirectives: 'error'}},
	{ignores: ['dist/', 'coverage/', 'bench/.out/', 'node_modules/', 'source/dataset/generated/']},
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		files: ['source/ui/**/*.{ts,tsx}', 'test/**/*.tsx'],
		plugins: {'react-hooks': reactHooks},
		rules: reactHooks.configs.recommended.rules,
	},
	{
		files: ['**/*.{ts,tsx,js,mjs}'],
		plugins: {'import-x': importX},
		languageOptions: {
			ecmaVersion: 2023,
			sourceType: 'module',
			globals: {
				process: 'readonly',
				console: 'readonly',
				Buffer: 'readonly',
				URL: 'readonly',
				setTimeout: 'readonly',
				clearTimeout: 'readonly',
				setImmediate: 'readonly',
				setInterval: 'readonly',
				clearInterval: 'readonly',
				queueMicrotask: 'readonly',
				structuredClone: 'readonly',
				performance: 'readonly',
				TextDecoder: 'readonly',
				TextEncoder: 'readonly',
				AbortController: 'readonly',
				AbortSignal: 'readonly',
				fetch: 'readonly',
				Response: 'readonly',
				Request: 'readonly',
				Headers: 'readonly',
				globalThis: 'readonly',
				Intl: 'readonly',
				NodeJS: 'readonly',
				gc: 'readonly',
			},
		},
		rules: {
			// A package used and not declared in package.json works only while another package pulls it in.
			'import-x/no-extraneous-dependencies': ['error', {devDependencies: ['test/**', 'bench/**', 'scripts/**', '*.config.{js,ts}']}],
			'import-x/no-self-import': 'error',
			'import-x/no-duplicates': 'error',
			'import-x/first': 'error',
			// Unused names are the compiler's (noUnusedLocals, noUnusedParameters), which knows `_` parameters too.
			'@typescript-eslint/no-unused-vars': 'off',
			'no-unused-vars': 'off',
			// Non-null assertions go with noUncheckedIndexedAccess: `widths[column]!` after a bounds check.
			'@typescript-eslint/no-non-null-assertion': 'off',
			// Japanese text has full-width spaces (U+3000) in its strings, patterns and comments.
			'no-irregular-whitespace': ['error', {skipStrings: true, skipComments: true, skipRegExps: true, skipTemplates: true}],
			// text/sanitize.ts lists combining marks, keycaps and skin tones one by one in a class: it removes each alone.
			'no-misleading-character-class': 'off',
			// A terminal program matches escape sequences and control characters on purpose (sanitizing, tests of it).
			'no-control-regex': 'off',
		},
	},
);
