// Of an unknown `if`, rustc's lint walks the rest of the function before the other way, so an overflow after the `if` is the one reported, not the one in its `else`.
fn main() {
    let small: u8 = 200;
    let wide: i16 = 30000;
    if "abc".len() > 5 {
        println!("long");
    } else {
        let more = wide + 30000;
        println!("{}", more);
    }
    let total = small + 100;
    println!("{}", total);
}
// error: lint arithmetic_overflow at 11:17
