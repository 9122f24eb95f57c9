/** A spinner on stderr for work that takes a moment; silent when stderr is not a terminal. Returns stop(). */
export function spinner(label: string): () => void {
  if (!process.stderr.isTTY) return () => undefined;
  const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
  let i = 0;
  const started = Date.now();
  const draw = () => process.stderr.write(`\r${frames[i++ % frames.length]} ${label} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  draw();
  const timer = setInterval(draw, 80);
  return () => {
    clearInterval(timer);
    process.stderr.write('\r\x1b[2K');
  };
}
