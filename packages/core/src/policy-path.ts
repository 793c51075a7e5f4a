// Where the policy file lives by default, in a module of its own so an action can check whether
// there is a file without loading the policy code (YAML parser, schema) at start-up.
export const DEFAULT_POLICY_PATH = '.github/gatehouse.yml';
