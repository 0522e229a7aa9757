// A trait's method called on a type that does not implement it is E0599.
trait Double {
    fn double(&self) -> Self;
}

impl Double for i32 {
    fn double(&self) -> i32 {
        self * 2
    }
}

fn main() {
    println!("{}", 4.double());
    let x: u8 = 3;
    println!("{}", x.double());
}
// error: E0599 at 15:22
