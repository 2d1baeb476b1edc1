import type {FigureUnit, Qualifier} from '../schema.js';

export type {Qualifier} from '../schema.js';

const qualifierPrefix: Readonly<Record<Qualifier, string>> = {
	approx: '~',
	over: '>',
	// ASCII on purpose: ≥ and ≤ are of ambiguous width in East Asian terminals.
	at_least: '>=',
	under: '<',
	up_to: '<=',
	exact: '',
};

// Grouping by hand: toLocaleString builds a formatter per call (90% of selectCompanyRows on 500
// companies), and even one Intl.NumberFormat costs ~5 ms of a ~30 ms plain run.
// Index arithmetic rather than split and two regexes: a large briefing formats ~10,000 values.
function trimmed(value: number, digits: number): string {
	const fixed = Math.abs(value).toFixed(digits);
	const point = fixed.indexOf('.');
	const whole = point === -1 ? fixed : fixed.slice(0, point);
	let end = fixed.length;
	if (point !== -1) while (end > point + 1 && fixed.charCodeAt(end - 1) === 0x30) end--;
	const decimals = point === -1 ? '' : fixed.slice(point + 1, end);
	// Three digits or fewer have no group separator to add.
	const grouped = whole.length > 3 ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole;
	const sign = value < 0 && (whole !== '0' || decimals !== '') ? '-' : '';
	return `${sign}${grouped}${decimals === '' ? '' : `.${decimals}`}`;
}

function dollars(value: number): string {
	const magnitude = Math.abs(value);
	const sign = value < 0 ? '-' : '';
	if (magnitude >= 1e12) return `${sign}$${trimmed(magnitude / 1e12, 2)}T`;
	if (magnitude >= 1e9) return `${sign}$${trimmed(magnitude / 1e9, 1)}B`;
	if (magnitude >= 1e6) return `${sign}$${trimmed(magnitude / 1e6, 1)}M`;
	return `${sign}$${trimmed(magnitude, 0)}`;
}

// Yen amounts read best in the units the articles use: 兆 (1e12), 億 (1e8), 万 (1e4).
function yen(value: number): string {
	const magnitude = Math.abs(value);
	const sign = value < 0 ? '-' : '';
	if (magnitude >= 1e12) return `${sign}${trimmed(magnitude / 1e12, 2)}兆円`;
	if (magnitude >= 1e8) return `${sign}${trimmed(magnitude / 1e8, 0)}億円`;
	if (magnitude >= 1e4) return `${sign}${trimmed(magnitude / 1e4, 0)}万円`;
	return `${sign}${trimmed(magnitude, 0)}円`;
}

// Other currencies by their ISO code: €, £ and ₩ are of ambiguous width in East Asian terminals.
function otherCurrency(value: number, code: string): string {
	const magnitude = Math.abs(value);
	const sign = value < 0 ? '-' : '';
	if (magnitude >= 1e12) return `${sign}${code} ${trimmed(magnitude / 1e12, 2)}T`;
	if (magnitude >= 1e9) return `${sign}${code} ${trimmed(magnitude / 1e9, 1)}B`;
	if (magnitude >= 1e6) return `${sign}${code} ${trimmed(magnitude / 1e6, 1)}M`;
	return `${sign}${code} ${trimmed(magnitude, 0)}`;
}

/** A value with its unit, short: 29%, -2pt, $38B, 4,400億円, EUR 1.2B, 53,000. */
export function formatValue(value: number, unit: FigureUnit): string {
	switch (unit) {
		case '%': {
			return `${trimmed(value, 1)}%`;
		}

		case 'pt': {
			return `${trimmed(value, 1)}pt`;
		}

		case 'USD': {
			return dollars(value);
		}

		case 'JPY': {
			return yen(value);
		}

		case 'count': {
			return trimmed(value, 0);
		}

		default: {
			return otherCurrency(value, unit);
		}
	}
}

/** `formatValue` with the qualifier as a prefix: ~33%, >$100B. */
export function formatQualifiedValue(value: number, unit: FigureUnit, qualifier: Qualifier): string {
	return qualifierPrefix[qualifier] + formatValue(value, unit);
}
