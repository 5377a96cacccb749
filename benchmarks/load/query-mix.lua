-- wrk script for benchmarks/load-test.sh: each connection's next request is the next path of the query mix
-- (`KcspSearch.Benchmarks urls`), every thread starting at a different place in it; any answer other than 2xx counts
-- as an error, and a thread stops after its share of the request cap.
-- Arguments after "--": PATHS_FILE MAX_REQUESTS_PER_THREAD [ACCEPT_ENCODING]

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  local headers = { ["Accept"] = "application/json" }
  if args[3] and args[3] ~= "" then headers["Accept-Encoding"] = args[3] end
  requests = {}
  for path in io.lines(args[1]) do
    if path ~= "" then table.insert(requests, wrk.format("GET", path, headers)) end
  end
  assert(#requests > 0, "no paths in " .. args[1])
  cap = tonumber(args[2])
  position = id * 7 % #requests
  sent = 0
  answered = 0
  not_2xx = 0
  capped = 0
end

function request()
  position = position % #requests + 1
  sent = sent + 1
  return requests[position]
end

function response(status)
  answered = answered + 1
  if status < 200 or status > 299 then not_2xx = not_2xx + 1 end
  if answered >= cap then
    capped = 1
    wrk.thread:stop()
  end
end

function done(summary, latency)
  local not_2xx_total, capped_threads = 0, 0
  for _, thread in ipairs(threads) do
    not_2xx_total = not_2xx_total + thread:get("not_2xx")
    capped_threads = capped_threads + thread:get("capped")
  end
  local e = summary.errors
  local socket_errors = e.connect + e.read + e.write + e.timeout
  local ms = function(us) return string.format("%.2f", us / 1000) end
  io.write(string.format(
    "RESULT requests=%d seconds=%.1f rps=%.0f p50=%s p90=%s p99=%s max=%s not_2xx=%d socket_errors=%d capped_threads=%d bytes=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    ms(latency:percentile(50)), ms(latency:percentile(90)), ms(latency:percentile(99)), ms(latency.max),
    not_2xx_total, socket_errors, capped_threads, summary.bytes))
end
