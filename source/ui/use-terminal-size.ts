import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

/** The terminal's size, following resizes; `fixed` (tests, benchmarks) wins over the terminal. */
export function useTerminalSize(fixed: {readonly columns?: number | undefined; readonly rows?: number | undefined}): {columns: number; rows: number} {
	const {stdout} = useStdout();
	const read = () => ({columns: fixed.columns ?? (stdout.columns || 80), rows: fixed.rows ?? (stdout.rows || 24)});
	const [size, setSize] = useState(read);
	useEffect(() => {
		const update = () => setSize(read());
		stdout.on('resize', update);
		return () => {
			stdout.off('resize', update);
		};
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [stdout, fixed.columns, fixed.rows]);
	return size;
}
