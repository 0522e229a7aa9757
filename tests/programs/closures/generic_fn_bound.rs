// A generic function bounded by Fn(i32) -> i32 takes any closure of that signature, which it calls like a function.
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn twice<F>(mut f: F)
where
    F: FnMut(),
{
    f();
    f();
}

fn main() {
    let base = 100;
    println!("{}", apply(|v| v * 3, 7));
    println!("{}", apply(|v| v + base, 7));
    let mut log = Vec::new();
    twice(|| log.push(base));
    println!("{:?}", log);
}
// expect: 21
// expect: 107
// expect: [100, 100]
