// A `fn` pointer implements Fn, FnMut and FnOnce, so a generic bounded by `F: Fn(i32) -> i32` takes one.
fn triple(x: i32) -> i32 {
    x * 3
}

fn call_twice<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(f(x))
}

fn main() {
    let p: fn(i32) -> i32 = triple;
    println!("{}", call_twice(p, 2));
    let v: Vec<i32> = vec![1, 2, 3].into_iter().map(p).collect();
    println!("{:?}", v);
}
// expect: 18
// expect: [3, 6, 9]
