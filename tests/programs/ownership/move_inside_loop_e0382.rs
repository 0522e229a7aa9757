// Moving a String inside a loop body is E0382: the second iteration would use a moved value.
fn consume(s: String) {
    println!("{}", s);
}

fn main() {
    let s = String::from("once");
    for _ in 0..2 {
        consume(s);
    }
}
// error: E0382 at 9:17
