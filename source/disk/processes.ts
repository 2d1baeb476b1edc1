import {hostname} from 'node:os';

/** Whether a process of this id runs on this machine (one of another user's counts). */
export function processIsRunning(pid: number): boolean {
	if (!Number.isSafeInteger(pid) || pid <= 0) return false;
	if (pid === process.pid) return true;
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

let machine: string | undefined;

/** This machine's name: a process id says something only on the machine it was given on. */
export function machineName(): string {
	machine ??= hostname();
	return machine;
}
