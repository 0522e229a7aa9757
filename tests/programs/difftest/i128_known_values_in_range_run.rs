// 128-bit arithmetic on known values that stays in range is no lint: u128::MAX - 1, i128::MIN + 1, u128 division and remainder above i128::MAX.
fn main() {
    let a: u128 = 340_282_366_920_938_463_463_374_607_431_768_211_455u128;
    let b: u128 = a - 1;
    let c: i128 = -170_141_183_460_469_231_731_687_303_715_884_105_728i128;
    let d: i128 = c + 1;
    let e: u128 = b / 3 + a % 7;
    println!("{} {} {}", b, d, e);
}
// expect: 340282366920938463463374607431768211454 -170141183460469231731687303715884105727 113427455640312821154458202477256070487
