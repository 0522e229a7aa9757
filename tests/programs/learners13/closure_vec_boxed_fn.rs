// Closures stored in a Vec<Box<dyn Fn(i32) -> i32>>, applied in turn and composed with fold.
fn main() {
    let offset = 3;
    let ops: Vec<Box<dyn Fn(i32) -> i32>> = vec![
        Box::new(|x| x + 1),
        Box::new(|x| x * 2),
        Box::new(move |x| x - offset),
        Box::new(|x| x * x),
    ];
    println!("{} operations", ops.len());
    for (i, op) in ops.iter().enumerate() {
        println!("op {} on 5 -> {}", i, op(5));
    }
    let result = ops.iter().fold(1, |acc, f| {
        let next = f(acc);
        println!("  {} -> {}", acc, next);
        next
    });
    println!("composed on 1: {}", result);
    let total: i32 = ops.iter().map(|f| f(10)).sum();
    println!("sum of all on 10: {}", total);
}
// expect: 4 operations
// expect: op 0 on 5 -> 6
// expect: op 1 on 5 -> 10
// expect: op 2 on 5 -> 2
// expect: op 3 on 5 -> 25
// expect:   1 -> 2
// expect:   2 -> 4
// expect:   4 -> 1
// expect:   1 -> 1
// expect: composed on 1: 1
// expect: sum of all on 10: 138
