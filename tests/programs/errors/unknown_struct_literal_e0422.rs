// A struct literal naming a struct that is not defined is error E0422.
fn main() {
    let p = Pointt { x: 1, y: 2 };
    println!("{}", p.x);
}
// error: E0422 at 3:13
