const placeholder = '%s';

/**
 * Fills the `%s` placeholders of an error message template in order, for example
 * `formatErrorMessage('The specified resource %s is not found.', 'lsn-1')`.
 *
 * @throws Error when the number of values differs from the number of placeholders, because a
 * message with a stray `%s` or a dropped value would mislead the client that reads it.
 */
export function formatErrorMessage(template: string, ...values: string[]): string {
  const parts = template.split(placeholder);
  const placeholderCount = parts.length - 1;

  if (values.length !== placeholderCount) {
    throw new Error(
      `Failed to format error message "${template}": it has ${placeholderCount} %s placeholder(s) ` +
        `but ${values.length} value(s) were given; pass one value per placeholder.`,
    );
  }

  return parts.reduce((message, part, index) => message + (values[index - 1] ?? '') + part);
}
