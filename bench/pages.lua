-- wrk script: a mix of the portal's pages over the synthetic corpus (1M items in 5,000 frameworks).
-- Half item pages by id, a fifth permalinks, a fifth the JSON item, a tenth a framework's browse list.
math.randomseed(42)

request = function()
  local r = math.random(1, 10)
  local path
  if r <= 5 then
    path = "/items/" .. math.random(1, 1000000)
  elseif r <= 7 then
    path = "/recommendations/" .. math.random(1990, 2025) .. "/" .. math.random(10, 209)
  elseif r <= 9 then
    path = "/api/items/" .. math.random(1, 1000000)
  else
    path = string.format("/items?framework=AP-%05d", math.random(37, 5000))
  end
  return wrk.format("GET", path)
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.requests, summary.errors.status + summary.errors.timeout + summary.errors.connect,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
