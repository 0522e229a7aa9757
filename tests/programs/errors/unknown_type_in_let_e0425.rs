// A type annotation naming a type that does not exist is error E0425 (rustc 1.95; E0412 before).
fn main() {
    let count: Counter = 3;
    println!("{}", count);
}
// error: E0425 at 3:16
