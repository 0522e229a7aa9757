// Returning a String from a function declared to return i32 is a type mismatch, E0308.
fn answer() -> i32 {
    String::from("forty-two")
}

fn main() {
    println!("{}", answer());
}
// error: E0308 at 3:5
