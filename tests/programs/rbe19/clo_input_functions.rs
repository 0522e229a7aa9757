// A plain function passed where a closure bound is asked: fn items satisfy Fn.
fn call_me<F: Fn()>(f: F) {
    f();
}

fn function() {
    println!("I'm a function!");
}

fn add_one(x: i32) -> i32 {
    x + 1
}

fn apply<F: Fn(i32) -> i32>(f: F, v: i32) -> i32 {
    f(v)
}

fn main() {
    let closure = || println!("I'm a closure!");
    call_me(closure);
    call_me(function);
    println!("{}", apply(add_one, 41));
}
// expect: I'm a closure!
// expect: I'm a function!
// expect: 42
