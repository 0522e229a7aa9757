// A parameter of type `fn(i32) -> i32` takes a function by name or a closure that captures nothing.
fn add_one(x: i32) -> i32 {
    x + 1
}

fn apply(f: fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn main() {
    println!("{}", apply(add_one, 5));
    println!("{}", apply(|x| x * 10, 5));
}
// expect: 6
// expect: 50
