-- wrk script of bench/run.py: each thread requests the site's URLs in turn
-- and stops after STOP_AFTER responses (both words are filled in by run.py).
local paths = PATHS
local limit = STOP_AFTER
local sent = 0
local received = 0

request = function()
  sent = sent + 1
  return wrk.format("GET", paths[(sent % #paths) + 1])
end

response = function(status, headers, body)
  received = received + 1
  if received >= limit then
    wrk.thread:stop()
  end
end
