// A `Box<dyn Fn(i32) -> i32>` holds a move closure (its captures in the Box's heap cell) and is called through its vtable.
fn main() {
    let k = 3;
    let add: Box<dyn Fn(i32) -> i32> = Box::new(move |x| x + k);
    println!("{}", add(4));
    println!("{}", add(10));
}
// expect: 7
// expect: 13
