// Names of the state the main step saves for the post step (STATE_<name> in the post's environment).
export const STATE = {
  /** The Vault token obtained by login, to revoke (the vault provider saves it). */
  vaultToken: 'vault-token',
  /** JSON list of the as-file paths to delete. */
  files: 'files',
} as const;
