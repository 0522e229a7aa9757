// SipHash-1-3, the hash behind std's RandomState (DefaultHasher is
// SipHasher13 keyed with the RandomState's k0 and k1).
//
// A HashMap puts each entry in the bucket its key's hash chooses, so to draw
// a table as std would fill it the engine must hash keys exactly as std
// does: this is the reference algorithm (one compression round per 8-byte
// word, three finalization rounds), fed the bytes std's Hash impls write
// (run/std/hashmap.cpp). Streaming: two writes hash as their concatenation.
// tests/unit/siphash_test.cpp checks it against hashes a rustc build printed.
#pragma once

#include <cstddef>
#include <cstdint>

namespace sh {

class SipHasher13 {
 public:
  SipHasher13(uint64_t k0, uint64_t k1)
      : v0_(k0 ^ 0x736f6d6570736575ULL), v1_(k1 ^ 0x646f72616e646f6dULL),
        v2_(k0 ^ 0x6c7967656e657261ULL), v3_(k1 ^ 0x7465646279746573ULL) {}

  void write(const uint8_t* bytes, size_t n) {
    for (size_t i = 0; i < n; ++i) {
      tail_ |= static_cast<uint64_t>(bytes[i]) << (8 * tailBytes_);
      ++length_;
      if (++tailBytes_ == 8) {
        compress(tail_);
        tail_ = 0;
        tailBytes_ = 0;
      }
    }
  }

  uint64_t finish() const {
    SipHasher13 s = *this;
    uint64_t last = (static_cast<uint64_t>(s.length_ & 0xFF) << 56) | s.tail_;
    s.compress(last);
    s.v2_ ^= 0xFF;
    s.round();
    s.round();
    s.round();
    return s.v0_ ^ s.v1_ ^ s.v2_ ^ s.v3_;
  }

 private:
  static uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

  void round() {
    v0_ += v1_;
    v1_ = rotl(v1_, 13);
    v1_ ^= v0_;
    v0_ = rotl(v0_, 32);
    v2_ += v3_;
    v3_ = rotl(v3_, 16);
    v3_ ^= v2_;
    v0_ += v3_;
    v3_ = rotl(v3_, 21);
    v3_ ^= v0_;
    v2_ += v1_;
    v1_ = rotl(v1_, 17);
    v1_ ^= v2_;
    v2_ = rotl(v2_, 32);
  }

  void compress(uint64_t word) {
    v3_ ^= word;
    round();
    v0_ ^= word;
  }

  uint64_t v0_, v1_, v2_, v3_;
  uint64_t tail_ = 0;
  unsigned tailBytes_ = 0;
  uint64_t length_ = 0;
};

}  // namespace sh
