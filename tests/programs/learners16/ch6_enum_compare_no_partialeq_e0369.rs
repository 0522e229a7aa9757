// Comparing two enum values with == without PartialEq: E0369.
enum Pet {
    Cat,
    Dog,
}

fn main() {
    let a = Pet::Cat;
    let b = Pet::Dog;
    if a == b {
        println!("same");
    }
}
// error: E0369 at 10:10
