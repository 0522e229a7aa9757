// What follows an `if` whose condition rustc's lint cannot know is still linted with what was known before it: rustc walks the first way, then the rest of the function, then the other way.
fn half(x: i32) -> i32 { x / 2 }
fn negate(x: i32) -> i32 { -x }
fn main() {
    let level: i8 = 0x3c;
    let pick: fn(i32) -> i32 = if "12".parse::<i16>().is_err() { half } else { negate };
    println!("{}", pick(40));
    let squared: i8 = (level * level) % 4;
    println!("{}", squared);
}
// error: lint arithmetic_overflow at 8:23
