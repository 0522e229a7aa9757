// A struct generic over `F: Fn` holds a function by name in its field and calls it.
struct Op<F: Fn(i32, i32) -> i32> {
    name: &'static str,
    f: F,
}

fn mul(a: i32, b: i32) -> i32 {
    a * b
}

fn main() {
    let op = Op { name: "mul", f: mul };
    println!("{} {}", op.name, (op.f)(6, 7));
    println!("{}", std::mem::size_of_val(&op));
}
// expect: mul 42
// expect: 16
