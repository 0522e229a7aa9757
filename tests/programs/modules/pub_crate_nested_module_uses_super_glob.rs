// A nested module reaches its parent's `pub(crate)` constant and function through `use super::*`, and the crate root calls into it.
mod shapes {
    pub(crate) const SCALE: f64 = 2.0;

    pub(crate) fn double(x: f64) -> f64 {
        x * SCALE
    }

    pub(crate) mod round {
        use super::*;

        pub fn area(r: f64) -> f64 {
            double(r * r) * 1.5
        }
    }
}

fn main() {
    println!("{}", shapes::round::area(2.0));
    println!("{}", shapes::SCALE);
}
// expect: 12
// expect: 2
