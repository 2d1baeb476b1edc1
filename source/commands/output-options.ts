import {inBoth, UserError, type Io} from './io.js';

/** The output flags every script-mode command shares. */
export interface OutputFlags {
	readonly plain?: boolean | undefined;
	readonly json?: boolean | undefined;
	readonly ndjson?: boolean | undefined;
	/** A table as CSV: `brief list` (companies) and `brief [company...]` (figures). */
	readonly csv?: boolean | undefined;
	readonly width?: string | undefined;
	readonly color?: boolean | undefined;
}

export type OutputFormat = 'text' | 'json' | 'ndjson' | 'csv';

export interface OutputOptions {
	readonly format: OutputFormat;
	readonly width: number;
	readonly colour: boolean;
}

export const minimumWidth = 20;
export const maximumWidth = 1000;

/** `--width N`: a whole number of columns; the terminal's width by default, else 80. */
export function parseWidth(value: string | undefined, columns: number | undefined): number {
	if (value === undefined) return columns !== undefined && columns >= minimumWidth ? Math.min(columns, maximumWidth) : 80;
	const width = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
	if (!Number.isInteger(width) || width < minimumWidth || width > maximumWidth) {
		throw new UserError(inBoth(words => words.badWidth(minimumWidth, maximumWidth, value)));
	}

	return width;
}

/**
 * `--color` / `--no-color` decide when given (a flag on the command line beats the environment, as
 * no-color.org asks); otherwise `NO_COLOR` (any non-empty value) turns colour off, and a terminal on
 * stdout turns it on. JSON never carries colour.
 */
export function useColour(flags: OutputFlags, io: Pick<Io, 'env' | 'stdoutIsTTY'>): boolean {
	if (flags.color !== undefined) return flags.color;
	const noColor = io.env['NO_COLOR'];
	if (noColor !== undefined && noColor !== '') return false;
	return io.stdoutIsTTY;
}

export function outputOptions(flags: OutputFlags, io: Pick<Io, 'env' | 'stdoutIsTTY' | 'columns'>): OutputOptions {
	const formats = (['json', 'ndjson', 'csv'] as const).filter(format => flags[format]);
	if (formats.length > 1) throw new UserError(inBoth(words => words.formatsTogether(formats.map(format => `--${format}`).join(words.and))));
	const format: OutputFormat = formats[0] ?? 'text';
	const width = parseWidth(flags.width, io.columns);
	return {format, width, colour: format === 'text' && useColour(flags, io)};
}
