// rustc's overflow lint knows the value of a bit operation on known integers: `(65534u16 & 34082u16) as i8` is 34, so `n * -128` is rejected (difftest seed 3002010035: the engine ran it).
fn main() {
    let n: i8 = (65534u16 & 34082u16) as i8;
    let m: i8 = n * (-128i8);
    println!("{}", m);
}
// error: lint arithmetic_overflow at 4:17
