// A function parameter named as a tuple struct cannot bind it: E0530 ("function parameters cannot shadow tuple structs").
struct Meters(f64);

fn double(Meters: f64) -> f64 {
    Meters * 2.0
}

fn main() {
    let m = Meters(1.5);
    println!("{} {}", m.0, double(2.0));
}
// error: E0530 at 4:11
