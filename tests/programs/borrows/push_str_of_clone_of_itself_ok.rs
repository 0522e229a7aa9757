// Cloning first makes appending a String to itself accepted.
fn main() {
    let mut s = String::from("ab");
    let copy = s.clone();
    s.push_str(&copy);
    println!("{}", s);
}
// expect: abab
