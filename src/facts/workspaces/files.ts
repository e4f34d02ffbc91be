/** The files that declare workspace packages, in the order workspacePackages reads them (kept light: the CLI
 * reads them in its first git batch, before the parsers are loaded). */
export const WORKSPACE_FILES = ['package.json', 'pnpm-workspace.yaml', 'Cargo.toml', 'go.work'] as const;
