// A learner's ranking printed from last to first: `(1..=3).zip(&names).rev()` over a range and a borrowed Vec.
fn main() {
    let names = vec!["gold", "silver", "bronze"];
    for (rank, name) in (1..=3u8).zip(&names).rev() {
        println!("{}: {}", rank, name);
    }
}
// expect: 3: bronze
// expect: 2: silver
// expect: 1: gold
