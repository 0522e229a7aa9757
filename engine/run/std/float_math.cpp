// f32's and f64's exact math methods, computed as std 1.95 computes them.
//
// Each runs at the receiver's own width: an f32 method works on a float,
// never on a double rounded afterwards. Where std writes the method in Rust
// rather than calling the C library (signum, fract, recip, the degree
// conversions, rem_euclid, div_euclid), the same arithmetic is done here in
// the same order. powi is what a debug build links for LLVM's powi:
// compiler-builtins' __powidf2, squaring and multiplying by the exponent's
// bits, then one division for a negative exponent.
//
// Every method here has one right answer in IEEE arithmetic, so the
// browser (Emscripten's musl) and the native build agree with rustc to the
// last bit. The transcendental ones (sin, exp, ln, powf, hypot, cbrt, ...)
// do not: std calls the platform's C library for them, and measured over
// 20,000 arguments musl's results differ from the glibc rustc's binaries
// use in the last bit for up to a quarter of them (atan2), so the checker
// names them "not supported yet" (check/resolve_calls.cpp).
// One function per row of check/std_methods.def, named run<Row>.
#include <cmath>
#include <cstring>

#include "run/interpreter.h"

namespace sh {

namespace {

// Calls `op` with the value read at its own width (float or double) and
// stores what it returns in a value of the same type.
template <class Op>
Value unary(const Value& x, Op op) {
  Value out(x.type, x.size());
  if (x.size() == 4) {
    float a;
    std::memcpy(&a, x.data(), 4);
    float r = op(a);
    std::memcpy(out.data(), &r, 4);
  } else {
    double a;
    std::memcpy(&a, x.data(), 8);
    double r = op(a);
    std::memcpy(out.data(), &r, 8);
  }
  return out;
}

// The same for a method taking another float of the receiver's type.
template <class Op>
Value binary(const Value& x, const Value& y, Op op) {
  Value out(x.type, x.size());
  if (x.size() == 4) {
    float a, b;
    std::memcpy(&a, x.data(), 4);
    std::memcpy(&b, y.data(), 4);
    float r = op(a, b);
    std::memcpy(out.data(), &r, 4);
  } else {
    double a, b;
    std::memcpy(&a, x.data(), 8);
    std::memcpy(&b, y.data(), 8);
    double r = op(a, b);
    std::memcpy(out.data(), &r, 8);
  }
  return out;
}

// A question about the value at its own width (is_nan).
template <class Test>
bool test(const Value& x, Test t) {
  if (x.size() == 4) {
    float a;
    std::memcpy(&a, x.data(), 4);
    return t(a);
  }
  double a;
  std::memcpy(&a, x.data(), 8);
  return t(a);
}

// compiler-builtins' __powisf2 and __powidf2 (float/pow.rs).
template <class F>
F powi(F a, int32_t b) {
  bool recip = b < 0;
  uint32_t pow = b < 0 ? 0u - static_cast<uint32_t>(b) : static_cast<uint32_t>(b);
  F mul = 1;
  for (;;) {
    if (pow & 1) mul *= a;
    pow >>= 1;
    if (pow == 0) break;
    a *= a;
  }
  return recip ? F(1) / mul : mul;
}

// std's signum: NaN stays NaN, anything else is 1.0 with the value's sign (-0.0 gives -1.0).
template <class F>
F signum(F x) {
  return std::isnan(x) ? x : std::copysign(F(1), x);
}

template <class F>
F remEuclid(F x, F y) {
  F r = std::fmod(x, y);
  return r < 0 ? r + std::fabs(y) : r;
}

template <class F>
F divEuclid(F x, F y) {
  F q = std::trunc(x / y);
  if (std::fmod(x, y) < 0) return y > 0 ? q - 1 : q + 1;
  return q;
}

// to_degrees: f32 multiplies by 180/π written as an f32 literal (no double
// rounding); f64 by 180.0 / PI computed in f64. to_radians: both multiply
// by PI / 180.0 computed at their own width.
float toDegrees(float x) { return x * 57.2957795130823208767981548141051703f; }
double toDegrees(double x) { return x * (180.0 / 3.14159265358979323846264338327950288); }
float toRadians(float x) { return x * (3.14159265358979323846264338327950288f / 180.0f); }
double toRadians(double x) { return x * (3.14159265358979323846264338327950288 / 180.0); }

}  // namespace

Value Interpreter::runFloatSqrt(StdCall& c) { return unary(c.self, [](auto x) { return std::sqrt(x); }); }
Value Interpreter::runFloatAbs(StdCall& c) { return unary(c.self, [](auto x) { return std::fabs(x); }); }
Value Interpreter::runFloatFloor(StdCall& c) { return unary(c.self, [](auto x) { return std::floor(x); }); }
Value Interpreter::runFloatCeil(StdCall& c) { return unary(c.self, [](auto x) { return std::ceil(x); }); }
Value Interpreter::runFloatRound(StdCall& c) { return unary(c.self, [](auto x) { return std::round(x); }); }
Value Interpreter::runFloatRoundTiesEven(StdCall& c) { return unary(c.self, [](auto x) { return std::nearbyint(x); }); }
Value Interpreter::runFloatTrunc(StdCall& c) { return unary(c.self, [](auto x) { return std::trunc(x); }); }
Value Interpreter::runFloatFract(StdCall& c) { return unary(c.self, [](auto x) { return x - std::trunc(x); }); }
Value Interpreter::runFloatSignum(StdCall& c) { return unary(c.self, [](auto x) { return signum(x); }); }
Value Interpreter::runFloatRecip(StdCall& c) { return unary(c.self, [](auto x) { return 1 / x; }); }
Value Interpreter::runFloatToDegrees(StdCall& c) { return unary(c.self, [](auto x) { return toDegrees(x); }); }
Value Interpreter::runFloatToRadians(StdCall& c) { return unary(c.self, [](auto x) { return toRadians(x); }); }
Value Interpreter::runFloatPowi(StdCall& c) {
  auto n = static_cast<int32_t>(readInt(c.args[0]));
  return unary(c.self, [n](auto x) { return powi(x, n); });
}
Value Interpreter::runFloatCopysign(StdCall& c) { return binary(c.self, c.args[0], [](auto x, auto y) { return std::copysign(x, y); }); }
Value Interpreter::runFloatRemEuclid(StdCall& c) { return binary(c.self, c.args[0], [](auto x, auto y) { return remEuclid(x, y); }); }
Value Interpreter::runFloatDivEuclid(StdCall& c) { return binary(c.self, c.args[0], [](auto x, auto y) { return divEuclid(x, y); }); }
Value Interpreter::runFloatMulAdd(StdCall& c) {
  const Value& z = c.args[1];
  return binary(c.self, c.args[0], [&z](auto x, auto y) {
    decltype(x) w;
    std::memcpy(&w, z.data(), sizeof w);
    return std::fma(x, y, w);
  });
}
Value Interpreter::runFloatIsNan(StdCall& c) { return makeBool(test(c.self, [](auto x) { return std::isnan(x); })); }
Value Interpreter::runFloatIsFinite(StdCall& c) { return makeBool(test(c.self, [](auto x) { return std::isfinite(x); })); }
Value Interpreter::runFloatIsInfinite(StdCall& c) { return makeBool(test(c.self, [](auto x) { return std::isinf(x); })); }
Value Interpreter::runFloatIsSignNegative(StdCall& c) { return makeBool(test(c.self, [](auto x) { return std::signbit(x); })); }
Value Interpreter::runFloatIsSignPositive(StdCall& c) { return makeBool(test(c.self, [](auto x) { return !std::signbit(x); })); }
Value Interpreter::runFloatIsNormal(StdCall& c) { return makeBool(test(c.self, [](auto x) { return std::isnormal(x); })); }

}  // namespace sh
