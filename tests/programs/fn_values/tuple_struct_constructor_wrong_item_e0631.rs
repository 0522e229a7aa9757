// `Meters` takes an `f64`; `iter()` gives `&f64`, so the constructor does not fit `map`: E0631.
#[derive(Debug)]
struct Meters(f64);

fn main() {
    let v = vec![1.5, 2.0];
    let o: Vec<Meters> = v.iter().map(Meters).collect();
    println!("{:?}", o);
}
// error: E0631 at 7:39
