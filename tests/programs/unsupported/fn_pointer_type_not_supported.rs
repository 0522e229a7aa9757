// A `fn(i32) -> i32` pointer type is not supported yet.
fn double(x: i32) -> i32 {
    x * 2
}

fn main() {
    let f: fn(i32) -> i32 = double;
    println!("{} {}", f(4), std::mem::size_of_val(&f));
}
// expect: 8 8
// unsupported: function pointer types
