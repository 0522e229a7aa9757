// A struct literal must name every field, so a struct with a private field cannot be built outside its module.
mod geo {
    pub struct Point {
        pub x: i32,
        y: i32,
    }
}

fn main() {
    let p = geo::Point { x: 1, y: 2 };
    println!("{}", p.x);
}
// error: E0451 at 10:32
