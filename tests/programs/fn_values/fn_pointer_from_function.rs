// A function coerced to a `fn(i32) -> i32` pointer is called through it; the pointer is one word, 8 bytes.
fn double(x: i32) -> i32 {
    x * 2
}

fn main() {
    let f: fn(i32) -> i32 = double;
    println!("{} {}", f(4), std::mem::size_of_val(&f));
}
// expect: 8 8
