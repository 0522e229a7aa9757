// Returning a &str into a String built inside the function is E0515.
fn shout(s: &str) -> &str {
    let up = s.to_uppercase();
    &up
}

fn main() {
    println!("{}", shout("hi"));
}
// error: E0515 at 4:5
