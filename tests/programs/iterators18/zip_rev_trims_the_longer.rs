// `rev` after `zip` of uneven lengths: std first takes the longer side's extra items from its back (a map there runs on them), then pairs from the back.
fn main() {
    let names = vec!["ann", "bo", "cy"];
    let scores = vec![7, 8, 9, 10, 11];
    let pairs: Vec<(&str, i32)> = names
        .iter()
        .copied()
        .zip(scores.iter().map(|s| {
            println!("score {}", s);
            s * 2
        }))
        .rev()
        .collect();
    println!("{:?}", pairs);
}
// expect: score 11
// expect: score 10
// expect: score 9
// expect: score 8
// expect: score 7
// expect: [("cy", 18), ("bo", 16), ("ann", 14)]
