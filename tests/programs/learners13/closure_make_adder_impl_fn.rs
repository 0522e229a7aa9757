// Closures returned from functions: impl Fn(i32) -> i32 by move, and a Box<dyn Fn> picked at run time.
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_op(name: &str) -> Box<dyn Fn(i32, i32) -> i32> {
    match name {
        "add" => Box::new(|a, b| a + b),
        "mul" => Box::new(|a, b| a * b),
        _ => Box::new(|a, _| a),
    }
}

fn make_counter() -> impl FnMut() -> u32 {
    let mut count = 0;
    move || {
        count += 1;
        count
    }
}

fn main() {
    let add5 = make_adder(5);
    let add10 = make_adder(10);
    println!("{} {}", add5(1), add10(1));
    for name in ["add", "mul", "other"] {
        let op = make_op(name);
        println!("{}(6, 7) = {}", name, op(6, 7));
    }
    let mut c = make_counter();
    println!("{} {} {}", c(), c(), c());
    let mut c2 = make_counter();
    println!("fresh counter: {}", c2());
}
// expect: 6 11
// expect: add(6, 7) = 13
// expect: mul(6, 7) = 42
// expect: other(6, 7) = 6
// expect: 1 2 3
// expect: fresh counter: 1
