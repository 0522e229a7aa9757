// A slice of &dyn Fn(i32) -> i32 references applied in turn, mixing a named fn and closures.
fn triple(x: i32) -> i32 {
    x * 3
}

fn apply_all(fs: &[&dyn Fn(i32) -> i32], x: i32) -> Vec<i32> {
    fs.iter().map(|f| f(x)).collect()
}

fn main() {
    let offset = 4;
    let add = |x| x + offset;
    let neg = |x: i32| -x;
    let results = apply_all(&[&triple, &add, &neg], 5);
    println!("{:?}", results);
    let chained = [&add as &dyn Fn(i32) -> i32, &triple].iter().fold(1, |acc, f| f(acc));
    println!("{}", chained);
}
// expect: [15, 9, -5]
// expect: 15
