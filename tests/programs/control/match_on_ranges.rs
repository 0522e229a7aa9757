// Range patterns `a..=b` match any value in the range.
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
    for s in [95, 85, 72, 40, 101] {
        println!("{} -> {}", s, grade(s));
    }
}
// expect: 95 -> A
// expect: 85 -> B
// expect: 72 -> C
// expect: 40 -> F
// expect: 101 -> ?
