// A variable of `fn` pointer type can be given another function of the same signature, unlike a function's own type.
fn add_one(x: i32) -> i32 {
    x + 1
}

fn add_two(x: i32) -> i32 {
    x + 2
}

fn main() {
    let mut f: fn(i32) -> i32 = add_one;
    println!("{}", f(1));
    f = add_two;
    println!("{}", f(1));
}
// expect: 2
// expect: 3
