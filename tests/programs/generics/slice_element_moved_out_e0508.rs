// A String cannot be moved out of an array by indexing: E0508, naming the array type.
fn main() {
    let names = [String::from("a"), String::from("b")];
    let first = names[0];
    println!("{}", first);
}
// error: E0508 at 4:17
