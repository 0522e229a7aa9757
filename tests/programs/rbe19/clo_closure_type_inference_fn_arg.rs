// Closures stored in variables and passed to a function taking `impl Fn(i32) -> i32`; a closure returning a closure.
fn apply_twice(f: impl Fn(i32) -> i32, x: i32) -> i32 {
    f(f(x))
}

fn main() {
    let add3 = |x| x + 3;
    let times = |n: i32| move |x: i32| x * n;
    let triple = times(3);
    println!("{}", apply_twice(add3, 1));
    println!("{}", apply_twice(&triple, 2));
    println!("{}", apply_twice(|x| x - 1, 0));
}
// expect: 7
// expect: 18
// expect: -2
