// Importing a name `std::fmt` does not hold (`Displayy`): E0432 at the import.
use std::fmt::Displayy;

struct Point(i32, i32);

fn main() {
    let p = Point(1, 2);
    println!("{} {}", p.0, p.1);
}
// error: E0432 at 2:5
