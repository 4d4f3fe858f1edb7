-- wrk script: search API queries over the synthetic corpus: words, stems, phrases, boolean operators,
-- facet filters and number look-ups, one client connection at a time per wrk connection.
math.randomseed(7)
local queries = {
  "peacekeeping", "protection of civilians", "\"sexual exploitation and abuse\"", "gender parity",
  "deploy", "training + contingents", "mission -UNMISS", "performance assessment", "environment",
  "casualty evacuation", "host State", "women", "intelligence", "briefing", "A/78/19 para 38", "38",
  "conduct and discipline", "medical", "camp security", "\"light coordination mechanism\""
}
local filters = { "", "&theme=Politics", "&status=ONGOING", "&year=2024", "" }

local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

request = function()
  local q = queries[math.random(#queries)]
  local f = filters[math.random(#filters)]
  return wrk.format("GET", "/api/search?q=" .. encode(q) .. f .. "&size=20")
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.requests, summary.errors.status + summary.errors.timeout + summary.errors.connect,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
