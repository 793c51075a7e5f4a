// GitHub OIDC tokens for the step, one request per audience however many providers ask for it
// (the policy check and a Vault login may share one). Each token is masked with its encodings.

import type { Deadline } from '@gatehouse/core/http';
import { getIdToken } from '@gatehouse/core/oidc';

export class IdTokens {
  private readonly cache = new Map<string, Promise<string>>();

  constructor(
    private readonly deadline: Deadline,
    private readonly mask: (value: string) => void,
  ) {}

  /** `''` asks for GitHub's default audience (https://github.com/<owner>). */
  get(audience: string): Promise<string> {
    let token = this.cache.get(audience);
    if (!token) {
      token = getIdToken(audience || undefined, { deadline: this.deadline }).then((jwt) => {
        this.mask(jwt);
        return jwt;
      });
      this.cache.set(audience, token);
    }
    return token;
  }

  /** Any token already asked for (its claims do not depend on the audience), else the default one. */
  any(): Promise<string> {
    const first = this.cache.values().next();
    return first.done ? this.get('') : first.value;
  }
}
