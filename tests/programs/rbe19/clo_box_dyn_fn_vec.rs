// A Vec of boxed closures, each capturing its own number by move, called in turn.
fn make_ops() -> Vec<Box<dyn Fn(i32) -> i32>> {
    let mut ops: Vec<Box<dyn Fn(i32) -> i32>> = Vec::new();
    for k in 1..=3 {
        ops.push(Box::new(move |x| x * k));
    }
    ops.push(Box::new(|x| x - 1));
    ops
}

fn main() {
    let ops = make_ops();
    for (i, op) in ops.iter().enumerate() {
        println!("op {} gives {}", i, op(10));
    }
    let total: i32 = ops.iter().map(|f| f(2)).sum();
    println!("{}", total);
}
// expect: op 0 gives 10
// expect: op 1 gives 20
// expect: op 2 gives 30
// expect: op 3 gives 9
// expect: 13
