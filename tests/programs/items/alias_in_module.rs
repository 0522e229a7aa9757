// A public generic type alias declared in a module is used by its path from outside.
mod geo {
    pub type Point<T> = (T, T);

    pub fn mid(a: Point<f64>, b: Point<f64>) -> Point<f64> {
        ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0)
    }
}

struct Tag;

fn main() {
    let m: geo::Point<f64> = geo::mid((0.0, 0.0), (3.0, 1.0));
    let tags: geo::Point<Tag> = (Tag, Tag);
    println!("{:?} {}", m, std::mem::size_of_val(&tags));
}
// expect: (1.5, 0.5) 0
