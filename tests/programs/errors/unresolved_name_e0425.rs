// Using a name that was never declared is an unresolved name.
fn main() {
    let apples = 3;
    println!("{}", apples + oranges);
}
// error: E0425 at 4:29
