// `name @ range` binds the value a range pattern matched; char ranges and integer ranges with guards.
fn classify(n: i32) -> String {
    match n {
        ..=-1 => String::from("negative"),
        0 => String::from("zero"),
        small @ 1..=9 => format!("digit {small}"),
        big @ 10.. if big % 2 == 0 => format!("even {big}"),
        other => format!("odd {other}"),
    }
}

fn main() {
    for n in [-5, 0, 7, 12, 13] {
        println!("{}", classify(n));
    }
    let c = 'q';
    let kind = match c {
        'a' | 'e' | 'i' | 'o' | 'u' => "vowel",
        letter @ 'a'..='z' if letter != 'y' => "consonant",
        _ => "other",
    };
    println!("{kind}");
}
// expect: negative
// expect: zero
// expect: digit 7
// expect: even 12
// expect: odd 13
// expect: consonant
