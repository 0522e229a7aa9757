// A tuple struct built with both fields of the wrong types: rustc's E0308 "arguments to this struct are incorrect" at the struct's name.
struct Cell(i32, char);

fn main() {
    let c = Cell('x', 2);
    println!("{} {}", c.0, c.1);
}
// error: E0308 at 5:13
