-- wrk script: after a run, prints one line for scripts/bench/run to read:
-- BENCH <requests/s> <p50 ms> <p95 ms> <errors>
-- Errors are responses with a status of 400 or more (redirects count as success), plus
-- connect, read, write and timeout errors.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "BENCH %.1f %.1f %.1f %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000,
    latency:percentile(95) / 1000,
    e.status + e.connect + e.read + e.write + e.timeout
  ))
end
