/**
 * A progress line for printing many PDFs: `12/100 PDFs  3.1/s  about 28 s left`.
 * @param done how many are printed
 * @param total how many there are
 * @param elapsedSeconds time since printing began
 */
export function progressLine(done: number, total: number, elapsedSeconds: number): string {
  const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  const left = rate > 0 ? Math.ceil((total - done) / rate) : undefined;
  const eta = left === undefined ? "" : `  about ${left < 60 ? `${left} s` : `${Math.floor(left / 60)} min ${left % 60} s`} left`;
  return `${done}/${total} PDFs  ${rate.toFixed(1)}/s${done < total ? eta : ""}`;
}
