// Returning closures: impl Fn for one shape, Box<dyn Fn> when the branches differ.
fn make_multiplier(k: i32) -> impl Fn(i32) -> i32 {
    move |x| x * k
}

fn make_op(name: &str) -> Box<dyn Fn(i32, i32) -> i32> {
    match name {
        "add" => Box::new(|a, b| a + b),
        "sub" => Box::new(|a, b| a - b),
        _ => Box::new(|a, _| a),
    }
}

fn main() {
    let triple = make_multiplier(3);
    println!("{}", triple(7));
    for op in ["add", "sub", "other"] {
        let f = make_op(op);
        println!("{op}: {}", f(10, 4));
    }
}
// expect: 21
// expect: add: 14
// expect: sub: 6
// expect: other: 10
