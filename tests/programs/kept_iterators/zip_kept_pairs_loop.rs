// `names.iter().zip(scores.iter())` kept in a variable is std's Zip: a `for` loop takes it by value and stops at the shorter's end.
fn main() {
    let names = vec!["Ann", "Bob", "Cy"];
    let scores = vec![90, 72, 85, 60];
    let pairs = names.iter().zip(scores.iter());
    for (name, score) in pairs {
        println!("{}: {}", name, score);
    }
    let total: i32 = scores.iter().zip(1..).map(|(s, w)| s * w).sum();
    println!("{}", total);
}
// expect: Ann: 90
// expect: Bob: 72
// expect: Cy: 85
// expect: 729
