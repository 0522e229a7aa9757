// A move closure copies an i32 capture: the original stays usable, and the closure's own copy changes independently.
fn main() {
    let mut count = 0;
    let mut inc = move || {
        count += 1;
        count
    };
    println!("{}", inc());
    println!("{}", inc());
    println!("outer count {}", count);
    println!("{}", std::mem::size_of_val(&inc));
}
// expect: 1
// expect: 2
// expect: outer count 0
// expect: 4
