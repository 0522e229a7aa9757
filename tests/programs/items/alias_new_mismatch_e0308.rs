// `Grid::new()` makes the alias's own type, so binding it to another Vec type is E0308.
type Grid = Vec<Vec<u8>>;

fn main() {
    let v: Vec<i32> = Grid::new();
    println!("{:?}", v);
}
// error: E0308 at 5:23
