import { Type, type Static } from '@sinclair/typebox';

/** The body of every error answer: the code programs test, the kind, and the message naming the field. */
export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'stable error code (see src/model/error-catalogue.ts)' }),
      kind: Type.Union([Type.Literal('invalid'), Type.Literal('not_found'), Type.Literal('conflict'), Type.Literal('refused'), Type.Literal('unavailable'), Type.Literal('internal')]),
      message: Type.String(),
      field: Type.Optional(Type.String({ description: 'the input field at fault, as the request names it' })),
      details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
      requestId: Type.String(),
    }),
  },
  { $id: 'ErrorBody' },
);
export type ErrorBodyType = Static<typeof ErrorBody>;

/** Error answers a route may give besides its own (every route can be rate limited or fail). */
export const errorResponses = (...statuses: number[]) => Object.fromEntries(statuses.map((s) => [s, Type.Ref(ErrorBody)]));

/**
 * Marks a schema as documentation only (an OpenAPI vendor extension): the route's use case validates
 * the body itself, so that the API refuses it with the same field and message as the command line.
 */
export const DOCUMENTS_ONLY = 'x-validated-by-use-case';

export function documentsOnly<T extends object>(schema: T): T {
  return { ...schema, [DOCUMENTS_ONLY]: true };
}

/** Any JSON value, documented loosely (decisions, explanations: their shape is documented in README). */
export const AnyObject = Type.Object({}, { additionalProperties: true });
