// A fn taking &[&str] (two elided input lifetimes) returning &str: E0106 before the local-reference error is reached.
fn longest_name(names: &[&str]) -> &str {
    let mut best = String::new();
    for n in names {
        if n.len() > best.len() {
            best = n.to_string();
        }
    }
    &best
}

fn main() {
    println!("{}", longest_name(&["al", "bert"]));
}
// error: E0106 at 2:36
