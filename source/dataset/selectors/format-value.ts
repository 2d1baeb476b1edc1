import type {MetricUnit} from '../schema.js';

/** How exactly a figure was stated ("約33%" is approx, "1,000億ドル超" is over). */
export type Qualifier = 'approx' | 'over' | 'at_least' | 'under' | 'exact';

const qualifierPrefix: Readonly<Record<Qualifier, string>> = {
	approx: '~',
	over: '>',
	// ASCII on purpose: ≥ and ≤ are of ambiguous width in East Asian terminals.
	at_least: '>=',
	under: '<',
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

/** A value with its unit, short: 29%, $38B, 4,400億円, 53,000. */
export function formatValue(value: number, unit: MetricUnit): string {
	switch (unit) {
		case '%': {
			return `${trimmed(value, 1)}%`;
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
	}
}

/** `formatValue` with the qualifier as a prefix: ~33%, >$100B. */
export function formatQualifiedValue(value: number, unit: MetricUnit, qualifier: Qualifier): string {
	return qualifierPrefix[qualifier] + formatValue(value, unit);
}
