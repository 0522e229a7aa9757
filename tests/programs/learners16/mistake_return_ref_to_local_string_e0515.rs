// Returning &best of a String built inside the function: E0515 cannot return reference to local variable.
fn longest_name(names: &Vec<String>) -> &str {
    let mut best = String::new();
    for n in names {
        if n.len() > best.len() {
            best = n.clone();
        }
    }
    &best
}

fn main() {
    let v = vec![String::from("al"), String::from("bert")];
    println!("{}", longest_name(&v));
}
// error: E0515 at 9:5
