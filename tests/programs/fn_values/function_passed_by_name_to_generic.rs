// A function passed by name to a generic `F: Fn` parameter is called by the generic's instance.
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
