// Closures passed to generic functions bounded by FnOnce, FnMut and Fn.
fn apply<F>(f: F)
where
    F: FnOnce(),
{
    f();
}

fn apply_to_3<F>(f: F) -> i32
where
    F: Fn(i32) -> i32,
{
    f(3)
}

fn call_twice<F: FnMut()>(mut f: F) {
    f();
    f();
}

fn main() {
    let greeting = "hello";
    let mut farewell = "goodbye".to_owned();
    let diary = || {
        println!("I said {}.", greeting);
        farewell.push_str("!!!");
        println!("Then I screamed {}.", farewell);
        println!("Now I can sleep. zzzzz");
        std::mem::drop(farewell);
    };
    apply(diary);
    let double = |x| 2 * x;
    println!("3 doubled: {}", apply_to_3(double));
    let mut n = 0;
    call_twice(|| n += 5);
    println!("n = {}", n);
}
// expect: I said hello.
// expect: Then I screamed goodbye!!!.
// expect: Now I can sleep. zzzzz
// expect: 3 doubled: 6
// expect: n = 10
