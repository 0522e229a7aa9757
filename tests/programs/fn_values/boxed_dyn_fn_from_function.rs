// A function boxed as `Box<dyn Fn>` sits in a Vec beside closures and is called through the vtable.
fn negate(x: i32) -> i32 {
    -x
}

fn main() {
    let k = 10;
    let ops: Vec<Box<dyn Fn(i32) -> i32>> = vec![Box::new(negate), Box::new(move |x| x + k)];
    for op in &ops {
        println!("{}", op(5));
    }
}
// expect: -5
// expect: 15
