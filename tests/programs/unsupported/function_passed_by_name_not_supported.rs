// A function passed by name to a generic `F: Fn` parameter is not supported yet; a closure calling it is.
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn double(x: i32) -> i32 {
    x * 2
}

fn main() {
    println!("{}", apply(double, 4));
}
// expect: 8
// unsupported: functions used as values
