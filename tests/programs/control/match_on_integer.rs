// `match` on an integer picks the arm with the equal literal; `_` catches the rest.
fn main() {
    for n in 0..5 {
        let word = match n {
            0 => "zero",
            1 => "one",
            2 => "two",
            _ => "many",
        };
        println!("{} -> {}", n, word);
    }
}
// expect: 0 -> zero
// expect: 1 -> one
// expect: 2 -> two
// expect: 3 -> many
// expect: 4 -> many
