// `Reverse(x)` destructures std's Reverse in a pattern, as in `let` and `if let`.
use std::cmp::Reverse;

fn main() {
    let r = Reverse((3, 'c'));
    let Reverse((n, c)) = r;
    println!("{} {}", n, c);
    if let Some(Reverse(s)) = Some(Reverse(String::from("kept"))) {
        println!("{}", s);
    }
}
// expect: 3 c
// expect: kept
