// A function whose parameter types differ from the pointer type's is a type mismatch.
fn widen(x: i64) -> i64 {
    x
}

fn main() {
    let f: fn(i32) -> i32 = widen;
    println!("{}", f(1));
}
// error: E0308 at 7:29
