// `None::<i32, u8>`: Option takes one generic argument, E0107.
fn main() {
    let x = None::<i32, u8>;
    println!("{:?}", x);
}
// error: E0107 at 3:13
