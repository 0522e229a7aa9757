// A closure with an annotated parameter is called like a function; capturing nothing, it is zero-sized.
fn main() {
    let add_one = |x: i32| x + 1;
    println!("{}", add_one(5));
    println!("{}", std::mem::size_of_val(&add_one));
}
// expect: 6
// expect: 0
