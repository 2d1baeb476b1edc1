export function buildFolder(root: string, requested: string | undefined): string;
export function markBuildFolder(out: string): void;
