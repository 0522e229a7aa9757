// A reference to a temporary made in an `if` branch cannot leave the branch when no `let` extends it: the temporary is freed as the branch ends (E0716).
fn count(s: &str) -> usize {
    s.len()
}

fn main() {
    let k = 3;
    let n = count(if k > 2 { &String::from("temp") } else { "y" });
    println!("{}", n);
}
// error: E0716 at 8:31
