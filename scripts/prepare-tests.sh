#!/usr/bin/env bash
# Before the browser tests: the type check and the unit tests run beside the two builds, which run one after the
# other (both write the generated font files). Fails if any of them fails.
set -u
npm run check &
check=$!
(npm run test:unit && npm run check:data) &
unit=$!
(npm run build && npm run build:fixture) &
builds=$!
status=0
for job in $check $unit $builds; do wait "$job" || status=1; done
exit $status
