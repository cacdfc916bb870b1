/** Where a parameter goes (OpenAPI's `in`). */
export type OpenAPIParameterLocation = 'path' | 'query' | 'header' | 'cookie';

/** An OpenAPI 3 document, as the connector reads it. */
export interface OpenAPISnapshot {
  /** Where the document was read from (a URL or an absolute path). */
  readonly location: string;
  /** The OpenAPI version, such as `3.0.3`. */
  readonly openapi: string;
  /** `info.title`. */
  readonly title: string;
  /** `info.version`. */
  readonly version?: string;
  /** `info.description`. */
  readonly description?: string;
  /** The URL of the first server (`servers[0].url`), its variables replaced by their defaults and made absolute against the document's URL when it is relative. */
  readonly serverURL?: string;
  /** The operations, in document order. */
  readonly operations: readonly OpenAPIOperationSnapshot[];
}

/** One operation: a method on a path. */
export interface OpenAPIOperationSnapshot {
  /** The HTTP method, upper case, such as `GET`. */
  readonly method: string;
  /** The path template, such as `/pets/{petId}`. */
  readonly path: string;
  /** `operationId`. */
  readonly operationId?: string;
  /** `summary`. */
  readonly summary?: string;
  /** `description`. */
  readonly description?: string;
  /** `tags`. */
  readonly tags: readonly string[];
  /** `deprecated`. */
  readonly deprecated: boolean;
  /** Its parameters: those of the path item, overridden and completed by the operation's own. */
  readonly parameters: readonly OpenAPIParameterSnapshot[];
  /** Its request body, if it has one. */
  readonly requestBody?: OpenAPIRequestBodySnapshot;
}

/** One path, query, header or cookie parameter. */
export interface OpenAPIParameterSnapshot {
  /** `name`. */
  readonly name: string;
  /** `in`. */
  readonly in: OpenAPIParameterLocation;
  /** `required` (always true for a path parameter). */
  readonly required: boolean;
  /** `description`. */
  readonly description?: string;
  /** `deprecated`. */
  readonly deprecated: boolean;
  /** The schema's type, such as `integer(int64)`, `array<string>` or `Pet` (a referenced schema's name). */
  readonly dataType?: string;
  /** The schema's default value, as text. */
  readonly defaultValue?: string;
}

/** A request body. */
export interface OpenAPIRequestBodySnapshot {
  /** `required`. */
  readonly required: boolean;
  /** `description`. */
  readonly description?: string;
  /** The media types of its `content`, such as `application/json`. */
  readonly contentTypes: readonly string[];
  /** The type of the first media type's schema. */
  readonly dataType?: string;
}
