/**
 * What a property setter of the host takes from the page: parsed, or refused with the parser's
 * path-precise message on the console, never thrown (frameworks set properties while they render,
 * and a throw there takes the whole app down). Undefined when refused: the caller keeps what it had.
 */
export function parsedOrReported<T>(parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    console.error(`cif-workspace: ${(error as Error).message}`);
    return undefined;
  }
}
