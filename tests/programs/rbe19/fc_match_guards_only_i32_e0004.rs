// Only guarded arms on an i32: rustc lists the whole range `i32::MIN..=i32::MAX` as not covered (E0004).
fn main() {
    let temperature = 31;
    match temperature {
        t if t > 30 => println!("hot"),
        t if t <= 30 => println!("mild"),
    }
}
// error: E0004 at 4:11
