// A function returns a `move` closure boxed as `Box<dyn Fn>`; the capture lives in the Box's heap cell.
fn adder(k: i32) -> Box<dyn Fn(i32) -> i32> {
    Box::new(move |x| x + k)
}

fn main() {
    let add2 = adder(2);
    let add10 = adder(10);
    println!("{} {}", add2(1), add10(1));
}
// expect: 3 11
