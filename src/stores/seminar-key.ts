/** Where the seminar is saved; apart from its store so the shell can follow it without loading it. */
export const SEMINAR_KEY = 'qorgau.seminar';
