// Inclusive integer ranges in match arms turn a score into a letter grade, with a catch-all for the rest.
fn grade(score: u32) -> char {
    match score {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        0..=69 => 'F',
        _ => '?',
    }
}

fn main() {
    for s in [100, 85, 79, 12, 101] {
        println!("{} -> {}", s, grade(s));
    }
}
// expect: 100 -> A
// expect: 85 -> B
// expect: 79 -> C
// expect: 12 -> F
// expect: 101 -> ?
