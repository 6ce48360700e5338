/**
 * The same error as a new object, as a polling loop or a new request meets it: a structured clone
 * of a body or frame, a new exception of the same message; a text is itself.
 */
export const equalCopy = (input: unknown): unknown =>
  typeof input === 'string'
    ? input
    : input instanceof Error
      ? new Error(input.message)
      : structuredClone(input);
