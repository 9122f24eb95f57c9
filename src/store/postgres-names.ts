/** Names that speak of a PostgreSQL server without loading its driver. */

/** The address without its password, for messages and `location`. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the DATABASE_URL (it is not a valid URL)';
  }
}

/** A person's schema in hosted mode: `person_<user id>`. */
export const personSchema = (userId: number): string => `person_${userId}`;
