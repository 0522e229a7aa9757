// An integer argument of println! is borrowed, not copied, until the macro formats: a later argument assigning to it is error E0506.
fn main() {
    let mut n: u8 = 1;
    println!("{} {}", n, { n += 1; n });
}
// error: E0506 at 4:28
