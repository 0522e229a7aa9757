// A Vec of tuples, destructured in the `for` pattern.
fn main() {
    let scores = vec![("Ann", 90), ("Bo", 72), ("Cy", 85)];
    for (name, score) in &scores {
        println!("{:>4}: {}", name, score);
    }
}
// expect:  Ann: 90
// expect:   Bo: 72
// expect:   Cy: 85
