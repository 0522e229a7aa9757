// A generic function passed by name still needs its bounds: `&str` is not `Add`, E0277.
fn double<T: std::ops::Add<Output = T> + Copy>(x: T) -> T {
    x + x
}

fn main() {
    let v = vec!["a"];
    let o: Vec<&str> = v.into_iter().map(double).collect();
    println!("{:?}", o);
}
// error: E0277 at 8:42
// headline: differs: rustc words a missing Add with Add's own message (`cannot add`)
