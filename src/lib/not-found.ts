/** Thrown by a screen whose address names something that does not exist; shown as "not found". */
export class NotFoundError extends Error {
  constructor(what: string) {
    super(`Not found: ${what}`);
    this.name = 'NotFoundError';
  }
}
