// A generic function returning a reference from two reference parameters without a lifetime is E0106.
fn pick<T: PartialOrd>(a: &T, b: &T) -> &T {
    if a > b { a } else { b }
}

fn main() {
    println!("{}", pick(&1, &2));
}
// error: E0106 at 2:41
