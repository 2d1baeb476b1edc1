import {BilingualError} from '../text/bilingual.js';

/** A setting that cannot be saved (read-only or unwritable config directory, lock not obtained). */
export class SettingsError extends BilingualError {
	override readonly name = 'SettingsError';
}
