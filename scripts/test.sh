#!/usr/bin/env bash
# Runs every test: the .NET solution (xunit) and the SPA (vitest), against a private PostgreSQL and
# Redis started here and stopped on exit. The last line is always "N passed, N failed, N skipped",
# which CI reads; the exit code is non-zero when a test failed or a step broke.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SOLUTION="TopLeft.sln"
CLIENT_APP="src/TopLeft.Host/ClientApp"
RESULTS="$ROOT/TestResults"          # git-ignored
STARTED=$SECONDS
STEP_STARTED=$SECONDS
BROKEN=0                              # steps that broke without reporting a failed test
SERVICES_DIR=""
PG_CTL=""
PG_USER=""
REDIS_PID=""
CLEANED=0

section() {
    echo
    echo "==> $* (at $((SECONDS - STARTED))s)"
    STEP_STARTED=$SECONDS
}

done_step() { echo "    done in $((SECONDS - STEP_STARTED))s"; }

# Ends the run on a broken step: still the summary line, never a green one.
fail_run() {
    echo "ERROR: $*" >&2
    cleanup
    summary 1
    exit 1
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

as_pg_user() {
    if [[ -n "$PG_USER" ]]; then runuser -u "$PG_USER" -- "$@"; else "$@"; fi
}

cleanup() {
    [[ $CLEANED == 1 ]] && return
    CLEANED=1
    if [[ -n "$PG_CTL" && -f "$SERVICES_DIR/postgres/postmaster.pid" ]]; then
        (cd "$SERVICES_DIR" && as_pg_user "$PG_CTL" -D "$SERVICES_DIR/postgres" -m fast -w stop >/dev/null 2>&1)
    fi
    if [[ -n "$REDIS_PID" ]]; then
        kill "$REDIS_PID" 2>/dev/null
        for _ in $(seq 50); do kill -0 "$REDIS_PID" 2>/dev/null || break; sleep 0.1; done
    fi
    [[ -n "$SERVICES_DIR" ]] && rm -rf "$SERVICES_DIR"
}

on_interrupt() {
    echo "Interrupted." >&2
    cleanup
    summary 1
    exit 130
}
trap cleanup EXIT
trap on_interrupt INT TERM

# --- test counts -------------------------------------------------------------------------------
# Sums the <Counters> of every trx file and vitest's JSON report; prints "passed failed skipped".
count_results() {
    python3 - "$RESULTS" "$ROOT/$CLIENT_APP/test-results/vitest.json" <<'PY'
import glob, json, os, sys
import xml.etree.ElementTree as ET
results, vitest = sys.argv[1], sys.argv[2]
passed = failed = skipped = 0
for trx in glob.glob(os.path.join(results, "**", "*.trx"), recursive=True):
    for counters in ET.parse(trx).getroot().iter():
        if counters.tag.endswith("Counters"):
            get = lambda name: int(counters.get(name, 0))
            passed += get("passed")
            failed += get("failed") + get("error") + get("timeout") + get("aborted")
            skipped += get("notExecuted") + get("inconclusive")
if os.path.exists(vitest):
    report = json.load(open(vitest))
    passed += report.get("numPassedTests", 0)
    failed += report.get("numFailedTests", 0)
    skipped += report.get("numPendingTests", 0) + report.get("numTodoTests", 0)
print(passed, failed, skipped)
PY
}

# Names every failed test with the start of its message, so the tail of a CI log says what broke.
list_failures() {
    python3 - "$RESULTS" "$ROOT/$CLIENT_APP/test-results/vitest.json" <<'PY'
import glob, json, os, sys
import xml.etree.ElementTree as ET
results, vitest = sys.argv[1], sys.argv[2]
failures = []
for trx in glob.glob(os.path.join(results, "**", "*.trx"), recursive=True):
    for result in ET.parse(trx).getroot().iter():
        if result.tag.endswith("UnitTestResult") and result.get("outcome") not in ("Passed", "NotExecuted"):
            message = "".join(e.text or "" for e in result.iter() if e.tag.endswith("Message"))
            failures.append((result.get("testName"), message))
if os.path.exists(vitest):
    for suite in json.load(open(vitest)).get("testResults", []):
        for test in suite.get("assertionResults", []):
            if test.get("status") == "failed":
                failures.append((test.get("fullName"), "\n".join(test.get("failureMessages", []))))
if failures:
    print("\nFailed tests:")
for name, message in failures:
    print(f"- {name}")
    for line in message.strip().splitlines()[:8]:
        print(f"    {line[:300]}")
PY
}

# $1: failures to add for steps that broke without a failing test to show for it.
summary() {
    local counts passed=0 failed=0 skipped=0
    if counts="$(count_results 2>/dev/null)"; then read -r passed failed skipped <<<"$counts"; fi
    failed=$((failed + ${1:-0}))
    list_failures 2>/dev/null
    echo
    echo "Finished in $((SECONDS - STARTED))s."
    echo "$passed passed, $failed failed, $skipped skipped"
}

# --- 0. preconditions --------------------------------------------------------------------------
rm -rf "$RESULTS" "$CLIENT_APP/test-results/vitest.json"
if [[ ! -f "$SOLUTION" ]]; then
    fail_run "$ROOT/$SOLUTION does not exist yet, so there is nothing to build or test."
fi

# --- 1. machine packages -----------------------------------------------------------------------
section "Machine packages"
missing=()
command -v redis-server >/dev/null || missing+=(redis-server)
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
[[ -x /usr/bin/chromedriver ]] || missing+=(chromium-driver)
if [[ ${#missing[@]} -eq 0 ]]; then
    echo "    redis-server, chromium and chromium-driver are installed"
elif [[ $EUID -eq 0 ]]; then
    echo "    installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # Others may be using apt at the same moment: wait for the lock instead of failing.
    apt-get -o DPkg::Lock::Timeout=300 update -qq >/dev/null \
        && apt-get -o DPkg::Lock::Timeout=300 install -y -qq "${missing[@]}" >/dev/null \
        || fail_run "apt-get could not install ${missing[*]}."
else
    echo "    WARNING: ${missing[*]} missing and not root; tests that need them will be skipped or fail" >&2
fi
done_step

# --- 2. services -------------------------------------------------------------------------------
section "PostgreSQL and Redis for the tests"
SERVICES_DIR="$(mktemp -d /tmp/topleft-test-services.XXXXXX)"
chmod 755 "$SERVICES_DIR"             # the postgres account must reach its data folder inside it

pg_bin="$(dirname "$(readlink -f "$(command -v initdb || ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1)")")"
[[ -x "$pg_bin/initdb" && -x "$pg_bin/pg_ctl" ]] || fail_run "PostgreSQL's initdb and pg_ctl were not found."
PG_CTL="$pg_bin/pg_ctl"
if [[ $EUID -eq 0 ]]; then
    # initdb refuses root: the cluster belongs to the postgres account.
    id -u postgres >/dev/null 2>&1 || useradd --system --user-group --no-create-home --shell /usr/sbin/nologin postgres
    PG_USER=postgres
    install -d -o postgres -g postgres -m 700 "$SERVICES_DIR/postgres"
else
    install -d -m 700 "$SERVICES_DIR/postgres"
fi
PG_PORT="$(free_port)"
(cd "$SERVICES_DIR" \
    && as_pg_user "$pg_bin/initdb" -D "$SERVICES_DIR/postgres" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null \
    && as_pg_user "$PG_CTL" -D "$SERVICES_DIR/postgres" -l "$SERVICES_DIR/postgres/server.log" -w \
        -o "-p $PG_PORT -k $SERVICES_DIR/postgres -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off" start >/dev/null) \
    || fail_run "PostgreSQL did not start; see the output above."
echo "    PostgreSQL on 127.0.0.1:$PG_PORT"

export TOPLEFT_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
if REDIS_SERVER="$(command -v redis-server)"; then
    REDIS_PORT="$(free_port)"
    "$REDIS_SERVER" --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize no \
        --dir "$SERVICES_DIR" --logfile "$SERVICES_DIR/redis.log" &
    REDIS_PID=$!
    for _ in $(seq 100); do
        (exec 3<>"/dev/tcp/127.0.0.1/$REDIS_PORT") 2>/dev/null && break
        sleep 0.1
    done
    (exec 3<>"/dev/tcp/127.0.0.1/$REDIS_PORT") 2>/dev/null || fail_run "Redis did not start; see $SERVICES_DIR/redis.log."
    echo "    Redis on 127.0.0.1:$REDIS_PORT"
    export TOPLEFT_TEST_REDIS="127.0.0.1:$REDIS_PORT"
    export TOPLEFT_TEST_REDIS_SERVER="$REDIS_SERVER"
fi
[[ -x /usr/bin/chromium ]] && export TOPLEFT_TEST_CHROMIUM=/usr/bin/chromium
done_step

# --- 3. .NET -----------------------------------------------------------------------------------
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
section "dotnet build $SOLUTION (warnings are errors)"
dotnet build "$SOLUTION" -c Debug -nologo -v minimal -clp:"Summary;ForceNoAlign" || fail_run "dotnet build failed."
done_step

# The tests' SMTP server (maildev). Installed once here: test assemblies run in parallel processes and
# must not each run npm ci in the same folder.
section "Mail catcher for the tests (tools/maildev)"
(
    cd tools/maildev || exit 1
    if [[ ! node_modules/.package-lock.json -nt package-lock.json ]]; then
        npm ci --no-audit --no-fund --loglevel=error || exit 1
    fi
) || fail_run "npm ci in tools/maildev failed."
done_step

section "dotnet test"
dotnet test "$SOLUTION" -c Debug --no-build --nologo \
    --logger "trx" --logger "console;verbosity=minimal" --results-directory "$RESULTS" \
    --blame-hang-timeout 10m
dotnet_status=$?
read -r _ dotnet_failed _ <<<"$(count_results)"
if [[ $dotnet_status -ne 0 && $dotnet_failed -eq 0 ]]; then
    echo "ERROR: dotnet test exited with $dotnet_status without a failed test (a crash or a hang?)." >&2
    BROKEN=$((BROKEN + 1))
fi
done_step

# --- 4. SPA ------------------------------------------------------------------------------------
if [[ -f "$CLIENT_APP/package.json" ]]; then
    section "npm test in $CLIENT_APP"
    (
        cd "$CLIENT_APP" || exit 1
        # npm writes node_modules/.package-lock.json after every install: older than the lock file
        # or package.json means the modules are stale.
        if [[ ! node_modules/.package-lock.json -nt package-lock.json || ! node_modules/.package-lock.json -nt package.json ]]; then
            npm ci --no-audit --no-fund --loglevel=error || exit 1
        fi
        npm test
    )
    npm_status=$?
    if [[ ! -f "$CLIENT_APP/test-results/vitest.json" ]]; then
        echo "ERROR: npm test wrote no $CLIENT_APP/test-results/vitest.json (exit code $npm_status)." >&2
        BROKEN=$((BROKEN + 1))
    elif [[ $npm_status -ne 0 ]] && python3 -c 'import json,sys; sys.exit(json.load(open(sys.argv[1])).get("numFailedTests",0) > 0)' "$CLIENT_APP/test-results/vitest.json"; then
        echo "ERROR: npm test exited with $npm_status without a failed test." >&2
        BROKEN=$((BROKEN + 1))
    fi
    done_step
else
    section "No $CLIENT_APP/package.json: no front-end tests"
fi

# --- 5. summary --------------------------------------------------------------------------------
cleanup
failed=0
if counts="$(count_results)"; then
    read -r _ failed _ <<<"$counts"
else
    echo "ERROR: the test reports could not be read." >&2
    BROKEN=$((BROKEN + 1))
fi
summary "$BROKEN"
[[ $failed -eq 0 && $BROKEN -eq 0 ]]
