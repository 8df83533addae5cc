// Types for scripts/manifest.js (CommonJS, shared by webpack.config.js, the validate:offline script and the tests).

export declare const PLACEHOLDER_BASE_URL: string;
export declare const DEFAULT_BASE_URL: string;
export declare const REPO_ROOT: string;
export declare const SOURCE_MANIFEST: string;
export declare const ROOT_SCHEMA: string;

export declare class ManifestError extends Error {}

export interface ManifestProblem {
  message: string;
  line: number | null;
}
export interface ManifestValidation {
  valid: boolean;
  errors: ManifestProblem[];
  output: string;
}

export declare function normalizeBaseUrl(input: string | undefined): string;
export declare function manifestUrls(xml: string): string[];
export declare function renderManifest(source: string, baseUrl: string | undefined): string;
export declare function renderSourceManifest(baseUrl: string | undefined): string;
export declare function resolveSchemasDir(env?: NodeJS.ProcessEnv, repoRoot?: string): { dir: string | null; reason: string };
export declare function validateManifest(xml: string, options: { schemasDir: string; fileName?: string }): Promise<ManifestValidation>;
export declare function formatValidation(result: ManifestValidation, label: string): string;
