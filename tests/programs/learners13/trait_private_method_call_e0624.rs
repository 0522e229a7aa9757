// Calling a private inherent method from outside its module is E0624.
mod shapes {
    pub struct Circle {
        pub r: f64,
    }
    impl Circle {
        fn secret_area(&self) -> f64 {
            3.14 * self.r * self.r
        }
        pub fn area(&self) -> f64 {
            self.secret_area()
        }
    }
}

fn main() {
    let c = shapes::Circle { r: 1.0 };
    println!("{}", c.area());
    println!("{}", c.secret_area());
}
// error: E0624 at 19:22
