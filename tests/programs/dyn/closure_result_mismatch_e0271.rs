// A closure returning a String cannot be a `dyn Fn(i32) -> i32`: E0271 at the closure's body.
fn main() {
    let c = |x: i32| x.to_string();
    let f: Box<dyn Fn(i32) -> i32> = Box::new(c);
    println!("{}", f(1));
}
// error: E0271 at 3:22
