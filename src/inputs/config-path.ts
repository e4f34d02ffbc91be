/** Where the shared settings file lives in a repository (read at the PR's base commit). */
export const CONFIG_PATH = '.github/dev-process.yml';
