// `T: 'static` on a type parameter accepts an owned value (an i32 borrows nothing) and hands it back.
fn keep<T: 'static + std::fmt::Debug>(t: T) -> T {
    t
}

fn main() {
    println!("{:?}", keep(5));
}
// expect: 5
