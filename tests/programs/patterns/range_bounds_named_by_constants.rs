// Range patterns bounded by constants and by the integer types' MIN and MAX, exhaustive as rustc reckons them.
const LOW: i32 = -10;
const HIGH: i32 = 10;
const LETTER_END: char = 'm';
fn classify(n: i32) -> &'static str {
    match n {
        i32::MIN..=-11 => "very negative",
        LOW..=HIGH => "small",
        11..=i32::MAX => "big",
    }
}
fn main() {
    for n in [-100, -10, 0, 10, 11, i32::MAX] { println!("{n} {}", classify(n)); }
    let b = 200u8;
    let msg = match b { 0 => "zero", 1..=9 => "digit", 10..=u8::MAX => "big" };
    println!("{msg}");
    let c = 'k';
    match c { 'a'..=LETTER_END => println!("first half"), _ => println!("other") }
    let x = -5i64;
    match x { i64::MIN..0 => println!("negative"), 0.. => println!("non-negative") }
}
// expect: -100 very negative
// expect: -10 small
// expect: 0 small
// expect: 10 small
// expect: 11 big
// expect: 2147483647 big
// expect: big
// expect: first half
// expect: negative
