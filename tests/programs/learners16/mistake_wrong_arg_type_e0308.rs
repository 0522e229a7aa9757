// Passing a String where &str is expected without `&`: E0308.
fn greet(name: &str) {
    println!("hi {}", name);
}

fn main() {
    let n = String::from("Ann");
    greet(n);
}
// error: E0308 at 8:11
