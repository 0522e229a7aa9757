// An inclusive range with equal bounds (7..=7) and an exclusive one just wide enough (8..9) are fine.
fn main() {
    for n in [6, 7, 8, 9] {
        match n {
            7..=7 => println!("{} seven", n),
            8..9 => println!("{} eight", n),
            _ => println!("{} other", n),
        }
    }
}
// expect: 6 other
// expect: 7 seven
// expect: 8 eight
// expect: 9 other
