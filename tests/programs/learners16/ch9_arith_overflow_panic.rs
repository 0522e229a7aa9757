// A u8 counter incremented past 255 in a loop panics "attempt to add with overflow".
fn main() {
    let mut level: u8 = 250;
    for _ in 0..10 {
        level += 1;
        println!("{}", level);
    }
}
// expect: 251
// expect: 252
// expect: 253
// expect: 254
// expect: 255
// panic: attempt to add with overflow
// panic-at: 5:9
