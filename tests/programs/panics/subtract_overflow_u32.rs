// A u32 cannot hold a negative result: 3 - 5 panics.
fn main() {
    let a: u32 = 3;
    let b: u32 = 5;
    println!("{} - {}", a, b);
    let c = a - b;
    println!("{}", c);
}
// expect: 3 - 5
// panic: attempt to subtract with overflow
// panic-at: 6:13
