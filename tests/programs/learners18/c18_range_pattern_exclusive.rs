// Exclusive range patterns (stable in 1.80+) for grading scores.
fn grade(score: u32) -> char {
    match score {
        90.. => 'A',
        80..90 => 'B',
        70..80 => 'C',
        60..70 => 'D',
        _ => 'F',
    }
}

fn main() {
    for s in [95, 90, 89, 72, 60, 59, 0] {
        println!("{s} -> {}", grade(s));
    }
}
// expect: 95 -> A
// expect: 90 -> A
// expect: 89 -> B
// expect: 72 -> C
// expect: 60 -> D
// expect: 59 -> F
// expect: 0 -> F
