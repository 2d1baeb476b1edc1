/** Limits on requests in flight: per host, so no site gets more than a reader's share, and in all. */
export interface ConcurrencyLimits {
	readonly perHost: number;
	readonly total: number;
}

const defaultLimits: ConcurrencyLimits = {perHost: 2, total: 8};

export interface Limiter {
	/** Runs `task` once a slot for `host` is free, first come first served; the slot is given back when it settles. */
	run<Value>(host: string, task: () => Promise<Value>): Promise<Value>;
	/** Requests running now, per host and in all: for tests. */
	readonly active: {readonly total: number; readonly byHost: ReadonlyMap<string, number>};
}

/** Slots are not held across redirects: each request takes a slot for the host it goes to. */
export function createLimiter(limits: ConcurrencyLimits = defaultLimits): Limiter {
	const byHost = new Map<string, number>();
	let total = 0;
	const waiting: Array<{readonly host: string; readonly start: () => void}> = [];

	const free = (host: string) => total < limits.total && (byHost.get(host) ?? 0) < limits.perHost;
	const take = (host: string) => {
		total++;
		byHost.set(host, (byHost.get(host) ?? 0) + 1);
	};

	const release = (host: string) => {
		total--;
		const left = (byHost.get(host) ?? 1) - 1;
		if (left === 0) byHost.delete(host);
		else byHost.set(host, left);
		// The first waiting request that may run now: one for a busy host does not hold up the others.
		for (let index = 0; index < waiting.length && total < limits.total;) {
			const next = waiting[index]!;
			if (free(next.host)) {
				waiting.splice(index, 1);
				take(next.host);
				next.start();
			} else {
				index++;
			}
		}
	};

	return {
		async run(host, task) {
			if (free(host)) take(host);
			else await new Promise<void>(resolve => waiting.push({host, start: resolve}));
			try {
				return await task();
			} finally {
				release(host);
			}
		},
		get active() {
			return {total, byHost: new Map(byHost)};
		},
	};
}
