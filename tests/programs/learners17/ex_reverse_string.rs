// Exercism-style: reversing a string by chars, collected into a String.
fn reverse(input: &str) -> String {
    input.chars().rev().collect()
}

fn main() {
    println!("{}", reverse("robot"));
    println!("{}", reverse("Ramen"));
    println!("[{}]", reverse(""));
    println!("{}", reverse("I'm hungry!"));
    println!("{}", reverse("wörk"));
}
// expect: tobor
// expect: nemaR
// expect: []
// expect: !yrgnuh m'I
// expect: kröw
