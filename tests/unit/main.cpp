// The doctest runner for tests/unit/: doctest supplies main() here, once, so
// every other test file in this folder only holds TEST_CASEs.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
