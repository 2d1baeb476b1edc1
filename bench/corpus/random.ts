/** A seeded source of randomness: the same seed always gives the same sequence. */
export interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max], both included. */
	int(min: number, max: number): number;
	/** A float in [min, max). */
	float(min: number, max: number): number;
	chance(probability: number): boolean;
	pick<T>(items: readonly T[]): T;
	/** `count` distinct items in random order (fewer when there are fewer items). */
	sample<T>(items: readonly T[], count: number): T[];
	/** An index drawn with probability proportional to its weight. */
	weighted(cumulativeWeights: readonly number[]): number;
	hex(length: number): string;
}

/** cyrb128: spreads a string seed over four 32-bit words, so "1" and "2" start far apart. */
function hashSeed(seed: string): [number, number, number, number] {
	let h1 = 1_779_033_703;
	let h2 = 3_144_134_277;
	let h3 = 1_013_904_242;
	let h4 = 2_773_480_762;
	for (let index = 0; index < seed.length; index++) {
		const code = seed.charCodeAt(index);
		h1 = h2 ^ Math.imul(h1 ^ code, 597_399_067);
		h2 = h3 ^ Math.imul(h2 ^ code, 2_869_860_233);
		h3 = h4 ^ Math.imul(h3 ^ code, 951_274_213);
		h4 = h1 ^ Math.imul(h4 ^ code, 2_716_044_179);
	}

	h1 = Math.imul(h3 ^ (h1 >>> 18), 597_399_067);
	h2 = Math.imul(h4 ^ (h2 >>> 22), 2_869_860_233);
	h3 = Math.imul(h1 ^ (h3 >>> 17), 951_274_213);
	h4 = Math.imul(h2 ^ (h4 >>> 19), 2_716_044_179);
	return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

/**
 * sfc32, seeded from a string. Math.random cannot be seeded, and the corpus must be byte-identical
 * for the same arguments; every article gets its own stream so articles do not depend on each other.
 */
export function createRandom(seed: string): Random {
	let [a, b, c, d] = hashSeed(seed);
	const next = (): number => {
		a >>>= 0;
		b >>>= 0;
		c >>>= 0;
		d >>>= 0;
		let t = (a + b) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		d = (d + 1) | 0;
		t = (t + d) | 0;
		c = (c + t) | 0;
		return (t >>> 0) / 4_294_967_296;
	};

	// The first outputs of a fresh sfc32 state are poorly mixed.
	for (let index = 0; index < 12; index++) next();
	const random: Random = {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		float: (min, max) => min + next() * (max - min),
		chance: probability => next() < probability,
		pick: items => {
			if (items.length === 0) throw new Error('pick from an empty list');
			return items[Math.floor(next() * items.length)]!;
		},
		sample: (items, count) => {
			const copy = [...items];
			const result = [];
			while (result.length < count && copy.length > 0) result.push(copy.splice(Math.floor(next() * copy.length), 1)[0]!);
			return result;
		},
		weighted: cumulativeWeights => {
			const target = next() * cumulativeWeights.at(-1)!;
			let low = 0;
			let high = cumulativeWeights.length - 1;
			while (low < high) {
				const middle = (low + high) >> 1;
				if (cumulativeWeights[middle]! > target) high = middle;
				else low = middle + 1;
			}

			return low;
		},
		hex: length => {
			let text = '';
			while (text.length < length) text += Math.floor(next() * 16).toString(16);
			return text;
		},
	};
	return random;
}
