// SipHash-1-3 (base/siphash.h) against the hashes rustc 1.95's own
// SipHasher13 printed for the same keys and the same Hash writes (built with
// RUSTC_BOOTSTRAP=1 and #![feature(hashmap_internals)], the program in the
// comment of each case), so the engine places keys in the buckets std would
// for the same RandomState keys.
#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "base/siphash.h"

using namespace sh;

namespace {

uint64_t hashOf(uint64_t k0, uint64_t k1, const std::vector<uint8_t>& bytes) {
  SipHasher13 h(k0, k1);
  h.write(bytes.data(), bytes.size());
  return h.finish();
}

// The bytes `str::hash` writes: the text, then 0xFF.
std::vector<uint8_t> strBytes(const std::string& s) {
  std::vector<uint8_t> out(s.begin(), s.end());
  out.push_back(0xFF);
  return out;
}

void appendLe(std::vector<uint8_t>& out, uint64_t v, int n) {
  for (int i = 0; i < n; ++i) out.push_back(static_cast<uint8_t>(v >> (8 * i)));
}

}  // namespace

TEST_CASE("nothing written: SipHasher13::new_with_keys(0, 0).finish()") {
  CHECK(hashOf(0, 0, {}) == 0xd1fba762150c532cULL);
}

TEST_CASE("an i32's four bytes: h(0, 0, &0i32)") {
  CHECK(hashOf(0, 0, {0, 0, 0, 0}) == 0xcc2247b79ac48af0ULL);
}

TEST_CASE("a str is its bytes then 0xFF: h(0, 0, \"Blue\"), h(1, 0, &String::from(\"Yellow\"))") {
  CHECK(hashOf(0, 0, strBytes("Blue")) == 0x4bbc5730dca5c479ULL);
  CHECK(hashOf(1, 0, strBytes("Yellow")) == 0xb004f504feb1d601ULL);
}

TEST_CASE("a slice is its length then its elements, across the 8-byte words: h(k, &[1u8..=11][..])") {
  std::vector<uint8_t> bytes;
  appendLe(bytes, 11, 8);
  for (uint8_t i = 1; i <= 11; ++i) bytes.push_back(i);
  CHECK(hashOf(0x0706050403020100ULL, 0x0f0e0d0c0b0a0908ULL, bytes) == 0x2d7122ad5f0c3ab1ULL);
}

TEST_CASE("a tuple is its fields in order, written in pieces: h(5, 7, &(1u64, 'x', true))") {
  SipHasher13 h(5, 7);
  std::vector<uint8_t> first, second;
  appendLe(first, 1, 8);
  appendLe(second, 'x', 4);
  const uint8_t yes = 1;
  h.write(first.data(), first.size());
  h.write(second.data(), second.size());
  h.write(&yes, 1);
  CHECK(h.finish() == 0x753a4dd6301ae791ULL);
}
