// Closures and functions in the arms of a match (the same function in two arms, then a closure) all become one fn pointer type, as rustc coerces them.
fn negate(x: i32) -> i32 {
    -x
}

fn main() {
    for n in 0..4 {
        let op = match n {
            0 => negate,
            1 => negate,
            2 => |x: i32| x * 10,
            _ => |x: i32| x + 100,
        };
        println!("{} -> {}", n, op(7));
    }
    let ops = [|x: i32| x + 1, |x: i32| x * x];
    for op in ops.iter() {
        println!("{}", op(4));
    }
}
// expect: 0 -> -7
// expect: 1 -> -7
// expect: 2 -> 70
// expect: 3 -> 107
// expect: 5
// expect: 16
