// A u8 counter overflowing while counting bytes panics in a debug build ("attempt to add with overflow").
fn main() {
    let input = "x".repeat(300);
    let mut count: u8 = 0;
    for b in input.bytes() {
        if b == b'x' {
            count += 1;
        }
    }
    println!("{count}");
}
// panic: attempt to add with overflow
// panic-at: 7:13
