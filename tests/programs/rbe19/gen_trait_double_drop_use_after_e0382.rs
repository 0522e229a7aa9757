// After double_drop took both values, using either is E0382.
#[derive(Debug)]
struct Empty;
#[derive(Debug)]
struct Null;

trait DoubleDrop<T> {
    fn double_drop(self, _: T);
}

impl<T, U> DoubleDrop<T> for U {
    fn double_drop(self, _: T) {}
}

fn main() {
    let empty = Empty;
    let null = Null;
    empty.double_drop(null);
    println!("{:?}", null);
}
// error: E0382 at 19:22
