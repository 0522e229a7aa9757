// A closure whose body gives an i32 where a fn(i32) -> u8 is wanted: E0308 at the body, the pointer's result type being the closure's.
fn main() {
    let f: fn(i32) -> u8 = |x| x * 2;
    println!("{}", f(3));
}
// error: E0308 at 3:32
