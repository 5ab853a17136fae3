/**
 * Preloaded (node --import) into Electronegativity 1.10.3 by scripts/electronegativity.mjs. Its CSV
 * writer calls fs.writeFile for the header (flag "w") and again for the rows (flag
 * "a") without waiting for the first: the two race, and the rows can be overwritten
 * or truncated away (an empty report would then look like a clean run). Making
 * fs.writeFile synchronous here (callback still asynchronous) keeps them in order.
 */
import fs from 'node:fs';

fs.writeFile = function writeFileInOrder(file, data, options, callback) {
  const done = typeof options === 'function' ? options : callback;
  const opts = typeof options === 'function' ? undefined : options;
  let error = null;
  try {
    fs.writeFileSync(file, data, opts);
  } catch (caught) {
    error = caught;
  }
  if (typeof done === 'function') process.nextTick(done, error);
};
