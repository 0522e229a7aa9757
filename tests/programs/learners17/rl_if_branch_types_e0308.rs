// Rustlings-style: `if` branches of different types (an integer and a string) are E0308 at the else branch.
fn main() {
    let animal = "crab";
    let identifier = if animal == "crab" {
        1
    } else {
        "2"
    };
    println!("{}", identifier);
}
// error: E0308 at 7:9
