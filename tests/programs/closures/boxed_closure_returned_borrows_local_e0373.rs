// A closure borrowing a local, returned boxed as `Box<dyn FnMut>`, would outlive the frame it borrows: E0373 at the closure.
fn counter() -> Box<dyn FnMut() -> i32> {
    let mut c = 0;
    Box::new(|| {
        c += 1;
        c
    })
}
fn main() {
    let mut f = counter();
    println!("{}", f());
}
// error: E0373 at 4:14
