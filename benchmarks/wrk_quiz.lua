-- wrk script for benchmarks/web.py: every request is one student's (their session cookie, their
-- attempt, their CSRF token), students in turn, so a phase spreads over the whole class.
--   wrk ... -s wrk_quiz.lua URL -- DATA_FILE MODE EXPECT THREADS
-- DATA_FILE: a Lua file returning {{page=, save=, headers=, save_headers=, bodies={...}}, ...}
-- MODE: "page" (GET the quiz page) or "autosave" (POST the whole form as quiz.js does, a student's
-- saves in order: bodies 1..n the first pass, answer after answer; n+1..3n passes changing each
-- answer in turn, back and forth, so that every save changes one answer).
-- EXPECT: text every good response holds; any other response (or status) counts as bad.
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  students = dofile(args[1])
  mode = args[2]
  expect = args[3]
  nthreads = tonumber(args[4])
  bad = 0
  counter = 0
end

function request()
  local n = counter * nthreads + id
  counter = counter + 1
  local s = students[(n % #students) + 1]
  if mode == "page" then
    return wrk.format("GET", s.page, s.headers)
  end
  -- The first pass through the quiz, then passes changing every answer, back and forth.
  local pass = #s.bodies / 3
  local cycle = math.floor(n / #students)
  local step = cycle + 1
  if cycle >= pass then
    step = pass + (cycle - pass) % (2 * pass) + 1
  end
  return wrk.format("POST", s.save, s.save_headers, s.bodies[step])
end

function response(status, headers, body)
  if status ~= 200 or not string.find(body, expect, 1, true) then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local bad_total = 0
  for _, thread in ipairs(threads) do
    bad_total = bad_total + thread:get("bad")
  end
  local e = summary.errors
  io.write(string.format(
    'WRK_RESULT {"requests": %d, "micros": %d, "connect": %d, "read": %d, "write": %d, "status": %d, ' ..
    '"timeout": %d, "bad": %d, "p50": %d, "p95": %d, "p99": %d, "max": %d}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout, bad_total,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
