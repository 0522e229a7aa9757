// Moving a String into a function while a reference to it is still used is E0505.
fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("owned");
    let r = &s;
    let n = consume(s);
    println!("{} {}", r, n);
}
// error: E0505 at 9:21
