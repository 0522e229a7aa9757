// Rust-by-Example-style: functions taking closures bounded by Fn, FnMut and FnOnce, and returning one with `impl Fn`.
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

fn create_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn main() {
    let greeting = "hello";
    let mut farewell = "goodbye".to_owned();
    let diary = || {
        println!("I said {}.", greeting);
        farewell.push_str("!!!");
        println!("Then I screamed {}.", farewell);
        std::mem::drop(farewell);
    };
    apply(diary);
    let double = |x| 2 * x;
    println!("3 doubled: {}", apply_to_3(double));
    let mut n = 0;
    call_twice(|| n += 5);
    println!("n = {}", n);
    let add5 = create_adder(5);
    println!("{}", add5(10));
}
// expect: I said hello.
// expect: Then I screamed goodbye!!!.
// expect: 3 doubled: 6
// expect: n = 10
// expect: 15
