-- wrk script: a mix of the portal's pages over the synthetic corpus (1M items in 5,000 frameworks).
-- Four tenths item pages by random id (almost all without links), a tenth item pages of lineage chains, a
-- fifth permalinks, a tenth the JSON item, a tenth a chain's JSON lineage, a tenth a framework's list.
-- The items of the synthetic corpus's 400 lineage chains (benchmarks/corpus/LinkedChains.java): chain c
-- (0 to 399) holds slot c % 200 of sessions start(c) to start(c) + 9, item id = session * 200 + slot + 1.
local function linked_item()
  local c = math.random(0, 399)
  local slot = c % 200
  local start = math.floor(c / 200) * 13 + slot % 13
  return (start + math.random(0, 9)) * 200 + slot + 1
end
math.randomseed(42)

request = function()
  local r = math.random(1, 10)
  local path
  if r <= 4 then
    path = "/items/" .. math.random(1, 1000000)
  elseif r <= 5 then
    path = "/items/" .. linked_item()
  elseif r <= 7 then
    path = "/recommendations/" .. math.random(1990, 2025) .. "/" .. math.random(10, 209)
  elseif r <= 8 then
    path = "/api/items/" .. math.random(1, 1000000)
  elseif r <= 9 then
    path = "/api/items/" .. linked_item() .. "/lineage"
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
