import {setFlagsFromString} from 'node:v8';
import {runInNewContext} from 'node:vm';

let collect: (() => void) | null | undefined;

/**
 * A full garbage collection, now. V8 collects the old generation only once it has grown well past
 * what was live after the last collection, so a command reading one company's shard after another
 * held the garbage of many: `brief digest` of 10,000 articles peaked anywhere between 200 and
 * 290 MB from run to run, with 20 MB live between companies. Node has no other way to ask for one
 * than V8's own `gc`, made visible for this call; where that fails, nothing happens.
 */
export function collectGarbage(): void {
	if (collect === undefined) {
		try {
			setFlagsFromString('--expose-gc');
			collect = runInNewContext('gc') as () => void;
		} catch {
			collect = null;
		}
	}

	collect?.();
}
