// `as fn(i32) -> i32` turns a function into a pointer, so two functions can share one variable's type.
fn inc(x: i32) -> i32 {
    x + 1
}

fn dec(x: i32) -> i32 {
    x - 1
}

fn main() {
    let up = false;
    let f = if up { inc as fn(i32) -> i32 } else { dec };
    println!("{}", f(10));
}
// expect: 9
