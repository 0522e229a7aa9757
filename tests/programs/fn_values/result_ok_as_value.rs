// `Result::ok` named as a value turns each parse result into an Option for `filter_map`.
fn main() {
    let v = vec!["1", "x", "3"];
    let n: Vec<i32> = v.iter().map(|s| s.parse::<i32>()).filter_map(Result::ok).collect();
    println!("{:?}", n);
}
// expect: [1, 3]
