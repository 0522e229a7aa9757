// panic! inside a helper called from a loop, after some output.
fn divide(a: i32, b: i32) -> i32 {
    if b == 0 {
        panic!("attempted to divide {} by zero", a);
    }
    a / b
}

fn main() {
    for d in [5, 2, 0, 1] {
        println!("{}", divide(100, d));
    }
}
// expect: 20
// expect: 50
// panic: attempted to divide 100 by zero
// panic-at: 4:9
