// A function with no `-> T` returns `()`, which Debug-prints as `()`.
fn say_hi() {
    println!("hi");
}

fn main() {
    let result = say_hi();
    println!("{:?}", result);
}
// expect: hi
// expect: ()
