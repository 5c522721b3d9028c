/** Drops the full stops that end a message, so that another sentence can follow it after one. */
export function withoutFinalPeriod(message: string): string {
  return message.replace(/\.+$/, '');
}
