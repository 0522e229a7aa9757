# Shared by the scripts in this folder (sourced, never run): the repo root,
# the tool paths every script needs, and a timer. Kept in one place so that
# setup, build, play and test agree on where things are.
SH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# rustc lives in ~/.cargo/bin on our machines; it is only used to compare
# with real Rust, never installed by these scripts.
if ! command -v rustc >/dev/null 2>&1 && [ -x "$HOME/.cargo/bin/rustc" ]; then
  export PATH="$HOME/.cargo/bin:$PATH"
fi
# Debian's emcc finds its JS dependencies (acorn, ...) only through NODE_PATH.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"

sh_now() { date +%s%N; }
# sh_elapsed START -> seconds with one decimal since START (from sh_now)
sh_elapsed() { awk -v s="$1" -v e="$(date +%s%N)" 'BEGIN { printf "%.1f", (e - s) / 1e9 }'; }

# Configures build/sanitize (ASan+UBSan) with clang++ when installed (it
# builds the instrumented engine several times faster than g++), else c++.
# A build dir made by another compiler is removed first: CMake's own
# compiler switch drops the cache, -DSH_SANITIZE with it. -O1 with line
# tables only (ASan's advice): reports still name file and line, and the
# build is quicker than RelWithDebInfo's -O2 -g.
sh_configure_sanitize() {
  local cxx cached
  cxx="$(command -v clang++ || command -v c++)"
  cached="$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' build/sanitize/CMakeCache.txt 2>/dev/null || true)"
  if [ -n "$cached" ] && [ "$cached" != "$cxx" ]; then rm -rf build/sanitize; fi
  cmake -S . -B build/sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
    -DSH_SANITIZE=ON -DCMAKE_CXX_COMPILER="$cxx"
}
