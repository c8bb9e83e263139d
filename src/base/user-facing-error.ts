/** A failure whose message is complete for the user: no stack trace adds anything. */
export class UserFacingError extends Error {
  override name = "UserFacingError";
}
