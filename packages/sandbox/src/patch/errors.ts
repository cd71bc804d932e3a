/** A patch that could not be decoded (400) or applied (422). */
export class PatchError extends Error {
  readonly status: 400 | 422;
  constructor(message: string, status: 400 | 422 = 422) {
    super(message);
    this.name = 'PatchError';
    this.status = status;
  }
}
