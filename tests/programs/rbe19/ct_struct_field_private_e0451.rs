// Building a struct from another module with a private field is E0451.
mod shapes {
    pub struct Circle {
        pub radius: f64,
        id: u32,
    }
}

fn main() {
    let c = shapes::Circle { radius: 1.0, id: 3 };
    println!("{}", c.radius);
}
// error: E0451 at 10:43
