-- wrk script: only items with links, the goal of issue 18 (p95 under 100 ms at 50 clients, no errors):
-- four fifths item pages of chain members, a fifth their JSON lineage.
-- The items of the synthetic corpus's 400 lineage chains (benchmarks/corpus/LinkedChains.java): chain c
-- (0 to 399) holds slot c % 200 of sessions start(c) to start(c) + 9, item id = session * 200 + slot + 1.
local function linked_item()
  local c = math.random(0, 399)
  local slot = c % 200
  local start = math.floor(c / 200) * 13 + slot % 13
  return (start + math.random(0, 9)) * 200 + slot + 1
end
math.randomseed(18)

request = function()
  if math.random(1, 5) <= 4 then
    return wrk.format("GET", "/items/" .. linked_item())
  end
  return wrk.format("GET", "/api/items/" .. linked_item() .. "/lineage")
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.requests, summary.errors.status + summary.errors.timeout + summary.errors.connect,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
