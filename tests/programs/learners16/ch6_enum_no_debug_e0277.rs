// Printing an enum with {:?} without #[derive(Debug)]: E0277.
enum Pet {
    Cat,
    Dog,
}

fn main() {
    let p = Pet::Cat;
    println!("{:?}", p);
    let _ = Pet::Dog;
}
// error: E0277 at 9:22
