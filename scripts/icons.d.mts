export declare const ICONS: Readonly<Record<string, string>>;
export declare const DECIMALS: number;
export declare function parsePath(
  d: string,
): Array<{ command: string; args: number[]; implicit: boolean }>;
export declare function absoluteValues(d: string): number[];
export declare function roundPath(d: string): string;
