// A type alias whose type parameter its definition never uses is error E0091.
type Meters<T> = f64;

fn main() {
    let m: Meters<String> = 2.5;
    println!("{m}");
}
// error: E0091 at 2:13
