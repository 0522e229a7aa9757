// A closure returning `w.iter().product()` gets its result type from the annotated `let` its call initializes.
fn main() {
    let rows = vec![vec![2, 3], vec![4]];
    let f = |w: &Vec<i64>| w.iter().product();
    let x: i64 = f(&rows[0]);
    let y: i64 = f(&rows[1]);
    println!("{} {}", x, y);
}
// expect: 6 4
