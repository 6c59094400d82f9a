// Preloaded (node --require) before ajv-cli by the schema tests. ajv-cli ends with process.exit(),
// which drops whatever is still queued for a pipe: with its output read through pipes by the test
// process, large batches lost their last errors. Blocking writes make sure everything is written.
for (const stream of [process.stdout, process.stderr]) {
  if (stream._handle && typeof stream._handle.setBlocking === "function") {
    stream._handle.setBlocking(true);
  }
}
