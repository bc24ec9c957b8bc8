/** What a caught error says: its message, or the thrown value itself as text (anything can be thrown). */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
