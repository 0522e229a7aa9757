// Rustlings-style: pushing a number into a Vec first given a string slice is E0308 at the argument.
fn main() {
    let mut shopping_list = Vec::new();
    shopping_list.push("milk");
    shopping_list.push(3);
    println!("{:?}", shopping_list);
}
// error: E0308 at 5:24
