/**
 * The admin API's bearer token check. A refused request gets HTTP 401 with a
 * `WWW-Authenticate: Bearer` challenge (RFC 6750), as Egeria 6's Spring Security resource server
 * sends, and a JSON body in the shape of Egeria 6's authentication error answer (an
 * `FFDCResponseBase` with `relatedHTTPCode` 401) naming Egeria 5's UserNotAuthorizedException.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { UserNotAuthorizedException } from '@egeria-ts/core';
import { ffdcErrorBody } from './ffdc';
import { adminApiError } from './rest-messages';

const REALM = 'egeria-integration-daemon';

/** A refusal: the challenge header and the body. */
export interface AuthRefusal {
  /** The `WWW-Authenticate` header. */
  readonly challenge: string;
  /** The JSON body. */
  readonly body: Record<string, unknown>;
  /** The message id of the refusal. */
  readonly messageId: string;
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** Checks requests against one token, in constant time. */
export class BearerTokenCheck {
  private readonly expected: Buffer;

  /** @param token - the token every request must carry */
  constructor(token: string) {
    this.expected = digest(token);
  }

  /**
   * Undefined when the request carries the token; else the refusal to send.
   * @param headers - the request's headers
   */
  check(headers: IncomingHttpHeaders): AuthRefusal | undefined {
    const header = headers['authorization'];
    const match = typeof header === 'string' ? /^Bearer[ ]+(\S+)\s*$/i.exec(header) : null;
    if (!match) {
      return refusal('NO_TOKEN', `Bearer realm="${REALM}"`);
    }
    if (!timingSafeEqual(digest(match[1] as string), this.expected)) {
      return refusal('WRONG_TOKEN', `Bearer realm="${REALM}", error="invalid_token"`);
    }
    return undefined;
  }
}

function refusal(name: 'NO_TOKEN' | 'WRONG_TOKEN', challenge: string): AuthRefusal {
  const error = adminApiError(UserNotAuthorizedException, name, [], { actionDescription: 'authenticate' });
  return {
    challenge,
    body: ffdcErrorBody('FFDCResponseBase', error, 'authenticate'),
    messageId: error.messageId ?? '',
  };
}
