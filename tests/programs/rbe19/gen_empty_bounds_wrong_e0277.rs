// A type without the marker trait the bound asks for is E0277.
struct Turkey;

trait Red {}

fn red<T: Red>(_: &T) -> &'static str {
    "red"
}

fn main() {
    let turkey = Turkey;
    println!("A turkey is {}", red(&turkey));
}
// error: E0277 at 12:36
